/**
 * The site the browser tests run against: a preview server of dist/ on its own port, so that a
 * reader's `npm start` (4321) or a bench (4399) running beside `npm test` never collides with it.
 */
export const E2E_PORT = Number(process.env.ESTALEIRO_E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
