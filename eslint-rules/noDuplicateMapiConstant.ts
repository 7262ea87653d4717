/**
 * `mapi/no-duplicate-constant`: a MAPI constant is declared once, in shared/mapi/ (issue #21 point 1), and
 * everything else imports it. Refused outside shared/mapi/:
 * - a number equal to a declared tag, MAPI_E_* HRESULT or entry-ID magic (`0x30090003`);
 * - a string equal to a tag's registry value name (`'00033009'`), a section or provider UID, or an account
 *   class id, compared case-insensitively (`'9375CFF0413111d3B88A00104B2A6676'`);
 * - a number bound to a MAPI constant's name: `const SERVICE_SINGLE_COPY = 0x2`, `{ PR_X: 0x… }`, or a
 *   flag table entry `{ name: 'STATUS_DEFAULT_STORE', value: 0x2 }`.
 * The values come from shared/mapi's tables (mapiConstants.ts), so the rule spells none of them.
 */
import type { Rule } from 'eslint';
import type { Literal, Node, ObjectExpression, Property } from 'estree';
import { mapiConstants, type MapiConstants } from './mapiConstants.js';

const HEX_STRING = /^(?:[0-9a-f]{8}|[0-9a-f]{32}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;

const numberOf = (node: Node | null | undefined): number | undefined => {
  // `0x2 as const` and `<number>0x2` carry the literal one level down.
  const inner = node && 'expression' in node && (node.type as string).startsWith('TS') ? (node.expression as Node) : node;
  return inner?.type === 'Literal' && typeof inner.value === 'number' ? inner.value : undefined;
};

const keyName = (p: Property): string | undefined =>
  p.key.type === 'Identifier' && !p.computed
    ? p.key.name
    : p.key.type === 'Literal' && typeof p.key.value === 'string'
      ? p.key.value
      : undefined;

export function createRule(constants: MapiConstants = mapiConstants()): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Refuse a MAPI constant declared again outside shared/mapi/: import it from there.' },
      schema: [],
      messages: {
        number: '{{raw}} is {{name}}, declared in shared/mapi/: import it instead of spelling it again.',
        string: "'{{value}}' is {{what}} (shared/mapi/): import it instead of spelling it again.",
        name: '{{name}} is declared in shared/mapi/: import it instead of declaring it again.',
      },
    },
    create(context) {
      const checkString = (node: Node, value: string) => {
        if (!HEX_STRING.test(value)) return;
        const what = constants.strings.get(value.toLowerCase());
        if (what) context.report({ node, messageId: 'string', data: { value, what } });
      };
      const checkNamed = (node: Node, name: string, value: Node | null | undefined) => {
        if (constants.names.has(name) && numberOf(value) !== undefined)
          context.report({ node: value ?? node, messageId: 'name', data: { name } });
      };
      return {
        Literal(node: Literal & Rule.NodeParentExtension) {
          if (typeof node.value === 'number') {
            const name = constants.numbers.get(node.value);
            if (name) context.report({ node, messageId: 'number', data: { raw: node.raw ?? String(node.value), name } });
          } else if (typeof node.value === 'string') checkString(node, node.value);
        },
        TemplateLiteral(node) {
          if (node.expressions.length === 0) checkString(node, node.quasis[0]!.value.cooked ?? '');
        },
        VariableDeclarator(node) {
          if (node.id.type === 'Identifier') checkNamed(node, node.id.name, node.init);
        },
        ObjectExpression(node: ObjectExpression) {
          const props = node.properties.filter((p): p is Property => p.type === 'Property');
          for (const p of props) {
            const key = keyName(p);
            if (key) checkNamed(p, key, p.value);
          }
          // A flag table written again: { name: 'STATUS_DEFAULT_STORE', value: 0x2 }.
          const nameProp = props.find((p) => keyName(p) === 'name');
          const valueProp = props.find((p) => keyName(p) === 'value');
          const flagName = nameProp?.value.type === 'Literal' ? nameProp.value.value : undefined;
          if (typeof flagName === 'string' && valueProp) checkNamed(valueProp, flagName, valueProp.value);
        },
      };
    },
  };
}

/** The local plugin eslint.config.js registers as `mapi`. */
export const mapiPlugin = { rules: { 'no-duplicate-constant': createRule() } };
