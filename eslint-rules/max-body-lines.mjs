// @ts-check
/**
 * A function body may span at most `max` lines from its opening brace to its closing one
 * (end line minus start line), every line counted: blank lines and comments are lines a
 * reader reads past too. ESLint's max-lines-per-function counts from the signature and
 * can only skip blank and comment lines, or count them along with the signature's.
 */

/** @param {import('estree').Node & { body?: import('estree').Node }} node */
const bodyOf = (node) => node.body;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Limit the lines of a function body, blank and comment lines included' },
    schema: [{ type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }],
    messages: {
      tooLong:
        'Function body spans {{lines}} lines from its opening brace to its closing one (blank and comment lines count); at most {{max}}: split it into functions of one idea.',
    },
  },
  create(context) {
    const max = context.options[0]?.max ?? 80;
    /** @param {import('estree').Node} node */
    const check = (node) => {
      const body = bodyOf(/** @type {any} */ (node));
      if (!body?.loc) return;
      const lines = body.loc.end.line - body.loc.start.line;
      if (lines > max) context.report({ node, loc: body.loc.start, messageId: 'tooLong', data: { lines, max } });
    };
    return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
  },
};
