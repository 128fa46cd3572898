/** The manifest's scopes against Google's alternatives, for every method of the reference table. */
import fc from 'fast-check';
import { referenceScopes, requiredText, ScopePolicy } from '../../src/local/gas/scopes';
import { SCOPE_GROUPS } from '../../src/local/gas/scopes.generated';

const METHODS = SCOPE_GROUPS.flatMap(([, methods]) => methods);
const SCOPES = [...new Set(SCOPE_GROUPS.flatMap(([scopes]) => scopes))];

describe('scope policy', () => {
  it('allows a call when the manifest grants any one of its alternatives, else refuses it naming them all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), fc.subarray(SCOPES), (method, granted) => {
        const policy = new ScopePolicy(granted, referenceScopes);
        const alternatives = referenceScopes(method)!;
        const allowed = alternatives.length === 0 || alternatives.some((s) => granted.includes(s));
        let message: string | null = null;
        try {
          policy.check(method);
        } catch (error) {
          message = (error as Error).message;
        }
        if (allowed) expect(message).toBeNull();
        else
          expect(message).toBe(
            `You do not have permission to call ${method}. Required permissions: ${requiredText(alternatives)}`,
          );
        expect(policy.refusals.length).toBe(allowed ? 0 : 1);
      }),
      { numRuns: 500 },
    );
  });

  it('a manifest without oauthScopes lets Google infer them: nothing is refused for scope', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), (method) => {
        expect(() => new ScopePolicy(null, referenceScopes).check(method)).not.toThrow();
      }),
    );
  });
});
