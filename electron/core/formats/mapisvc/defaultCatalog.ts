/**
 * The catalog shipped with the app (defaultCatalog.inf beside this file, docs/mapi-profiles.md §13.2): MSEMS,
 * MSPST MS, MSUPST MS, MSPST AB, CONTAB and EMABLT. The text is inlined so the bundled main process and the
 * CLI need no file at run time; a test checks it equals defaultCatalog.inf byte for byte.
 */
import type { ServiceCatalog } from './catalogTypes.js';
import { parseMapiSvc } from './parseMapiSvc.js';

/** The text of defaultCatalog.inf (LF line ends). */
export const DEFAULT_CATALOG_TEXT = `; MAPI Profile Editor - default service catalog, in MAPISVC.INF format (docs/mapi-profiles.md 13.1).
; Used by create-service when no live MAPISVC.INF is given. A live file always wins: MAPI reads
; service flags from it, and Outlook versions differ (docs/mapi-profiles.md 13.3).
; Sources are cited before each block. "(inferred)" marks a line no public INF text shows.
; Keep defaultCatalog.ts in step with this file (a test compares them).

[Services]
; docs/mapi-profiles.md 13.2, KB294470 (verbatim line)
MSEMS=Microsoft Exchange Server
; docs/mapi-profiles.md 13.2, MFCMAPI UI/profile.cpp aPSTServicesIni
MSPST MS=Personal Folders File (.pst)
MSPST AB=Personal Address Book
; (inferred) display name: the real 16.0 profile calls this service "Outlook Data File"
MSUPST MS=Outlook Data File (.pst)
; (inferred) display names: the real 16.0 profile and the OCT PRF name these services
CONTAB=Outlook Address Book
EMABLT=Microsoft LDAP Directory

[Default Services]
; docs/mapi-profiles.md 13.2, KB294470 (verbatim)
MSEMS=Microsoft Exchange Server

; ---------------------------------------------------------------------------------------------
; MSEMS: docs/mapi-profiles.md 13.2, KB294470 text verbatim (sections in the KB's order below)
[MSEMS]
PR_DISPLAY_NAME=Microsoft Exchange Server
Sections=MSEMS_MSMail_Section
PR_SERVICE_DLL_NAME=emsui.dll
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_SERVICE_ENTRY_NAME=EMSCfg
PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY
WIZARD_ENTRY_NAME=EMSWizardEntry
Providers=EMS_DSA, EMS_MDB_public, EMS_MDB_private, EMS_RXP, EMS_MSX, EMS_Hook
PR_SERVICE_SUPPORT_FILES=emsui.dll,emsabp.dll,emsmdb.dll

[EMS_MDB_public]
PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER
PR_PROVIDER_DLL_NAME=EMSMDB.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_FLAGS=STATUS_NO_DEFAULT_STORE
66090003=06000000
660A0003=03000000
34140102=78b2fa70aff711cd9bc800aa002fc45a
PR_DISPLAY_NAME=Public Folders
PR_PROVIDER_DISPLAY=Microsoft Exchange Message Store

[EMS_MDB_private]
PR_PROVIDER_DLL_NAME=EMSMDB.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER
PR_RESOURCE_FLAGS=STATUS_PRIMARY_IDENTITY|STATUS_DEFAULT_STORE|STATUS_PRIMARY_STORE
66090003=0C000000
660A0003=01000000
34140102=5494A1C0297F101BA58708002B2A2517
PR_DISPLAY_NAME=Private Folders
PR_PROVIDER_DISPLAY=Microsoft Exchange Message Store

[EMS_DSA]
PR_DISPLAY_NAME=Microsoft Exchange Directory Service
PR_PROVIDER_DISPLAY=Microsoft Exchange Directory Service
PR_PROVIDER_DLL_NAME=EMSABP.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_AB_PROVIDER

[MSEMS_MSMail_Section]
UID=13DBB0C8AA05101A9BB000AA002FC45A
66000003=01050000
66010003=04000000
66050003=03000000
66040003=02000000

; The three remaining MSEMS providers: docs/mapi-profiles.md 13.2 table (MFCMAPI UI/profile.cpp
; aEMSServicesIni). The table gives one display name: it is used for both PR_DISPLAY_NAME and
; PR_PROVIDER_DISPLAY (inferred), and PR_SERVICE_INSTALL_ID is copied from the sibling providers (inferred).
[EMS_RXP]
PR_DISPLAY_NAME=Microsoft Exchange Remote Transport
PR_PROVIDER_DISPLAY=Microsoft Exchange Remote Transport
PR_PROVIDER_DLL_NAME=EMSUI.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_TRANSPORT_PROVIDER
66090003=40000000
660A0003=0A000000

[EMS_MSX]
PR_DISPLAY_NAME=Microsoft Exchange Transport
PR_PROVIDER_DISPLAY=Microsoft Exchange Transport
PR_PROVIDER_DLL_NAME=EMSMDB.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_TRANSPORT_PROVIDER
66090003=00000000

[EMS_Hook]
PR_DISPLAY_NAME=Microsoft Exchange Hook
PR_PROVIDER_DISPLAY=Microsoft Exchange Hook
PR_PROVIDER_DLL_NAME=EMSMDB.DLL
PR_SERVICE_INSTALL_ID={6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_HOOK_PROVIDER
PR_RESOURCE_FLAGS=HOOK_INBOUND

; ---------------------------------------------------------------------------------------------
; MSPST MS (ANSI .pst): docs/mapi-profiles.md 13.2, MFCMAPI UI/profile.cpp aPSTServicesIni.
; PR_DISPLAY_NAME on the service section is (inferred).
[MSPST MS]
PR_DISPLAY_NAME=Personal Folders
Providers=MSPST MSP
PR_SERVICE_DLL_NAME=mspst.dll
PR_SERVICE_INSTALL_ID={6485D262-C2AC-11D1-AD3E-10A0C911C9C0}
PR_SERVICE_SUPPORT_FILES=mspst.dll
PR_SERVICE_ENTRY_NAME=PSTServiceEntry
PR_RESOURCE_FLAGS=SERVICE_NO_PRIMARY_IDENTITY

[MSPST MSP]
34140102=4e495441f9bfb80100aa0037d96e0000
PR_PROVIDER_DLL_NAME=mspst.dll
PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER
PR_RESOURCE_FLAGS=STATUS_DEFAULT_STORE
PR_DISPLAY_NAME=Personal Folders
PR_PROVIDER_DISPLAY=Personal Folders File (.pst)

; ---------------------------------------------------------------------------------------------
; MSUPST MS (Unicode .pst): (inferred) from MSPST MS plus docs/mapi-profiles.md 13.2 (MFCMAPI
; HrAddPSTToProfile: PR_PST_PATH_W, PR_PST_CONFIG_FLAGS = PST_CONFIG_UNICODE) and the real 16.0 profile
; (samples/regipy_NTUSER_BAGMRU_Outlook16_Profiles.json): service flags 0x20, install id {6485D262-...},
; DLL and support file mspst.dll, PSTServiceEntry; provider 34140102 = 4e495441..., flags 2, type 0x21,
; 67700003 = 00 00 00 80. The real profile's display names are "Outlook Data File"; "Personal Folders"
; follows MSPST MS. PR_PST_PATH_W has no default: the path is given when the service is configured.
[MSUPST MS]
PR_DISPLAY_NAME=Personal Folders
Providers=MSUPST MSP
PR_SERVICE_DLL_NAME=mspst.dll
PR_SERVICE_INSTALL_ID={6485D262-C2AC-11D1-AD3E-10A0C911C9C0}
PR_SERVICE_SUPPORT_FILES=mspst.dll
PR_SERVICE_ENTRY_NAME=PSTServiceEntry
PR_RESOURCE_FLAGS=SERVICE_NO_PRIMARY_IDENTITY

[MSUPST MSP]
34140102=4e495441f9bfb80100aa0037d96e0000
PR_PROVIDER_DLL_NAME=mspst.dll
PR_SERVICE_INSTALL_ID={6485D262-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER
PR_RESOURCE_FLAGS=STATUS_DEFAULT_STORE
PR_DISPLAY_NAME=Personal Folders
PR_PROVIDER_DISPLAY=Personal Folders
PR_PST_CONFIG_FLAGS=PST_CONFIG_UNICODE

; ---------------------------------------------------------------------------------------------
; MSPST AB (Personal Address Book, single copy): docs/mapi-profiles.md 13.2, MFCMAPI aPSTServicesIni.
; PR_DISPLAY_NAME on the service and PR_PROVIDER_DISPLAY on the provider are (inferred).
[MSPST AB]
PR_DISPLAY_NAME=Personal Address Book
Providers=MSPST ABP
PR_SERVICE_DLL_NAME=MSPST.DLL
PR_SERVICE_ENTRY_NAME=PABServiceEntry
PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY|SERVICE_NO_PRIMARY_IDENTITY

[MSPST ABP]
PR_RESOURCE_TYPE=MAPI_AB_PROVIDER
PR_PROVIDER_DLL_NAME=MSPST.DLL
PR_DISPLAY_NAME=Personal Address Book
PR_PROVIDER_DISPLAY=Personal Address Book

; ---------------------------------------------------------------------------------------------
; CONTAB (Outlook Address Book): no public INF text (docs/mapi-profiles.md 13.2 "Other Outlook services").
; Every value is copied from the real 16.0 profile (samples/regipy_NTUSER_BAGMRU_Outlook16_Profiles.json):
; service flags 0x22 = SERVICE_SINGLE_COPY|SERVICE_NO_PRIMARY_IDENTITY, contab.dll, ServiceEntry,
; install id {6485D266-...}; one AB provider, contab.dll, type 0x23, flags 0. Section names (inferred).
[CONTAB]
PR_DISPLAY_NAME=Outlook Address Book
Providers=CONTAB_ABP
PR_SERVICE_DLL_NAME=contab.dll
PR_SERVICE_INSTALL_ID={6485D266-C2AC-11D1-AD3E-10A0C911C9C0}
PR_SERVICE_SUPPORT_FILES=contab.dll
PR_SERVICE_ENTRY_NAME=ServiceEntry
PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY|SERVICE_NO_PRIMARY_IDENTITY

[CONTAB_ABP]
PR_PROVIDER_DLL_NAME=contab.dll
PR_SERVICE_INSTALL_ID={6485D266-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_AB_PROVIDER
PR_RESOURCE_FLAGS=00000000
PR_DISPLAY_NAME=Outlook Address Book
PR_PROVIDER_DISPLAY=Outlook Address Book

; ---------------------------------------------------------------------------------------------
; EMABLT (LDAP directory): docs/mapi-profiles.md 13.2 "Other Outlook services" [3P registry data]:
; BJABLR.DLL, ServiceEntry, support files EMABLT.DLL + BJABLR.DLL, flags 0x20 only, install id
; {6485D268-...}, one AB provider EMABLT.DLL type 0x23. PR_AB_PROVIDER_ID is the LDAP constant of
; docs/mapi-profiles.md 11.2 [3P]. Display names, section names and the provider's install id are (inferred).
[EMABLT]
PR_DISPLAY_NAME=Microsoft LDAP Directory
Providers=EMABLT_ABP
PR_SERVICE_DLL_NAME=BJABLR.DLL
PR_SERVICE_INSTALL_ID={6485D268-C2AC-11D1-AD3E-10A0C911C9C0}
PR_SERVICE_SUPPORT_FILES=EMABLT.DLL,BJABLR.DLL
PR_SERVICE_ENTRY_NAME=ServiceEntry
PR_RESOURCE_FLAGS=SERVICE_NO_PRIMARY_IDENTITY

[EMABLT_ABP]
PR_PROVIDER_DLL_NAME=EMABLT.DLL
PR_SERVICE_INSTALL_ID={6485D268-C2AC-11D1-AD3E-10A0C911C9C0}
PR_RESOURCE_TYPE=MAPI_AB_PROVIDER
PR_DISPLAY_NAME=Microsoft LDAP Directory
PR_PROVIDER_DISPLAY=Microsoft LDAP Directory
36150102=50A70A6155DED3119D6000C04F4C8EFA
`;

/** The default catalog, parsed (strictly) on each call, so callers own what they get. */
export function loadDefaultCatalog(): ServiceCatalog {
  return parseMapiSvc(DEFAULT_CATALOG_TEXT);
}
