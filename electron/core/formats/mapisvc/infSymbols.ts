/**
 * The symbolic names a MAPISVC.INF may use (docs/mapi-profiles.md §13.1): property tags on the left of `=`,
 * flag and resource-type constants on the right.
 *
 * String tags resolve to their PT_UNICODE (`_W`) form and the file lists to PT_MV_STRING8: that is what
 * Outlook 2016's MAPI writes into a profile for a service built from the INF — the real 16.0 sample has
 * `001f3001`, `001f3d0a`, `001f3d0b`, `001f3d13`, `001f3006`, `001f300a` and `101e3d0f`
 * (samples/regipy_NTUSER_BAGMRU_Outlook16_Profiles.json, CONTAB and MSUPST MS sections). `_A` and `_W`
 * suffixes pick a form explicitly. Other `PR_` names fall back to the shared tag table.
 */
import { PT } from '../../../../shared/mapi/tags.js';
import { TAG, TAGS_BY_NAME } from '../../../../shared/mapi/tagTable.js';
import {
  PROFILE_CONFIG_FLAGS,
  PROFILE_OPEN_FLAGS,
  PST_CONFIG_FLAGS,
  PST_ENCRYPTION_FLAGS,
  RESOURCE_TYPES,
  SERVICE_FLAGS,
  STATUS_FLAGS,
  type FlagDef,
} from '../../../../shared/mapi/flags.js';

/** Tags MAPISVC.INF files name (§13.1 "Typical tags", §11.1–11.3), in the form a bare name means. */
const INF_TAGS: Record<string, number> = {
  PR_DISPLAY_NAME: TAG.PR_DISPLAY_NAME_W,
  PR_COMMENT: TAG.PR_COMMENT_W,
  PR_PROVIDER_DISPLAY: TAG.PR_PROVIDER_DISPLAY_W,
  PR_RESOURCE_FLAGS: TAG.PR_RESOURCE_FLAGS,
  PR_PROVIDER_DLL_NAME: TAG.PR_PROVIDER_DLL_NAME_W,
  PR_RESOURCE_METHODS: TAG.PR_RESOURCE_METHODS,
  PR_RESOURCE_TYPE: TAG.PR_RESOURCE_TYPE,
  PR_RESOURCE_PATH: TAG.PR_RESOURCE_PATH_W,
  PR_SERVICE_NAME: TAG.PR_SERVICE_NAME_W,
  PR_SERVICE_DLL_NAME: TAG.PR_SERVICE_DLL_NAME_W,
  PR_SERVICE_ENTRY_NAME: TAG.PR_SERVICE_ENTRY_NAME_W,
  PR_SERVICE_UID: TAG.PR_SERVICE_UID,
  PR_SERVICE_SUPPORT_FILES: TAG.PR_SERVICE_SUPPORT_FILES_A,
  PR_SERVICE_DELETE_FILES: TAG.PR_SERVICE_DELETE_FILES_A,
  PR_SERVICE_INSTALL_ID: TAG.PR_SERVICE_INSTALL_ID_W,
  PR_PROFILE_NAME: TAG.PR_PROFILE_NAME_W,
  PR_MDB_PROVIDER: TAG.PR_MDB_PROVIDER,
  PR_PROVIDER_DISPLAY_NAME: TAG.PR_PROVIDER_DISPLAY_NAME_W,
  PR_AB_PROVIDER_ID: TAG.PR_AB_PROVIDER_ID,
  PR_PST_PATH: TAG.PR_PST_PATH_W,
  PR_PST_REMEMBER_PW: TAG.PR_PST_REMEMBER_PW,
  PR_PST_ENCRYPTION: TAG.PR_PST_ENCRYPTION,
  PR_PST_CONFIG_FLAGS: TAG.PR_PST_CONFIG_FLAGS,
  PR_PST_PATH_HINT: TAG.PR_PST_PATH_HINT_W,
};

/** Keys MAPI reads from a service section that are not properties ([DOC:wizardentry]). */
export const NON_MAPI_KEYS: ReadonlySet<string> = new Set(['WIZARD_ENTRY_NAME']);

/** Tags MAPI computes and an INF must not set (§11.1 PR_SERVICE_UID: "must not appear in MAPISVC.INF"). */
export const COMPUTED_TAGS: ReadonlySet<number> = new Set([TAG.PR_SERVICE_UID]);

/**
 * `PR_DISPLAY_NAME` → 0x3001001F; `PR_DISPLAY_NAME_A` → 0x3001001E; undefined for an unknown name.
 * Names compare case-insensitively, as GetPrivateProfileString keys do.
 */
export function tagOfSymbol(symbol: string): number | undefined {
  const name = symbol.trim().toUpperCase();
  const direct = INF_TAGS[name];
  if (direct !== undefined) return direct;
  const suffix = /^(.*)_(A|W)$/.exec(name);
  if (suffix) {
    const base = INF_TAGS[suffix[1]!];
    if (base !== undefined && isStringType(base & 0xffff)) {
      const mv = base & PT.MV_FLAG;
      return ((base & 0xffff0000) | mv | (suffix[2] === 'A' ? PT.STRING8 : PT.UNICODE)) >>> 0;
    }
  }
  return TAGS_BY_NAME.get(name)?.tag;
}

const isStringType = (t: number): boolean => (t & ~PT.MV_FLAG) === PT.STRING8 || (t & ~PT.MV_FLAG) === PT.UNICODE;

/** Which table a constant comes from, so a flag used on the wrong kind of section can be reported. */
export type ConstantFamily = 'service' | 'status' | 'resourceType' | 'other';

export interface InfConstant {
  value: number;
  family: ConstantFamily;
}

/** Flag names (shared/mapi/flags.ts, docs/mapi-profiles.md §10–11) and MAPI_*_PROVIDER types (§10.4). */
const CONSTANTS: ReadonlyMap<string, InfConstant> = (() => {
  const m = new Map<string, InfConstant>();
  const add = (defs: readonly FlagDef[], family: ConstantFamily) => {
    for (const d of defs) m.set(d.name, { value: d.value >>> 0, family });
  };
  add(SERVICE_FLAGS, 'service');
  add(STATUS_FLAGS, 'status');
  add(PST_ENCRYPTION_FLAGS, 'other');
  add(PST_CONFIG_FLAGS, 'other');
  add(PROFILE_CONFIG_FLAGS, 'other');
  add(PROFILE_OPEN_FLAGS, 'other');
  for (const [value, name] of Object.entries(RESOURCE_TYPES)) m.set(name, { value: Number(value), family: 'resourceType' });
  return m;
})();

/** `SERVICE_SINGLE_COPY` → {2, service}; undefined for an unknown name. */
export const constantOf = (name: string): InfConstant | undefined => CONSTANTS.get(name.trim().toUpperCase());
