import { simulateAuthorizationResponse } from './simulate-278.ts';
import { simulateEligibilityResponse } from './simulate-271.ts';

/**
 * How the server talks to a payer through a clearinghouse: X12 in, X12 out. Real connectors
 * (HTTPS, SFTP, a vendor API) live in apps/server and implement the same interface; the payer
 * simulator below is the one for the demo and the tests.
 */
export interface ClearinghouseConnector {
  readonly name: string;
  /** Sends a 270 and resolves with the payer's 271. */
  submitEligibility(x12: string): Promise<string>;
  /** Sends a 278 request and resolves with the payer's 278 response. */
  submitAuthorization(x12: string): Promise<string>;
}

/** The deterministic payer simulator as a connector (answers by member id prefix). */
export function createPayerSimulatorConnector(): ClearinghouseConnector {
  return {
    name: 'payer-simulator',
    submitEligibility: (x12) => Promise.resolve().then(() => simulateEligibilityResponse(x12)),
    submitAuthorization: (x12) => Promise.resolve().then(() => simulateAuthorizationResponse(x12)),
  };
}
