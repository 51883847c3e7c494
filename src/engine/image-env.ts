/**
 * The environment variables well-known base images set in their configuration (`docker image
 * inspect`), for checks that need to know which `$NAME` a stage can read. `undefined` when the
 * image is not known well enough to say.
 */
import type { Family } from './images.ts';

const PATH_ONLY = ['PATH'];
const ENV_BY_FAMILY: Partial<Record<Family, string[]>> = {
  scratch: [],
  alpine: PATH_ONLY,
  debian: PATH_ONLY,
  ubuntu: PATH_ONLY,
  distroless: ['PATH', 'SSL_CERT_FILE'],
  // docker-library/python's Dockerfiles (all versions and variants).
  python: ['PATH', 'LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION',
    'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256', 'PYPY_VERSION'],
};

export function imageEnv(family: Family): readonly string[] | undefined {
  return ENV_BY_FAMILY[family];
}
