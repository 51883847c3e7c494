/** Rules of the "packages" group, in index order. */
import type { Rule } from '../types.ts';
import pipNoCacheDir from './pip-no-cache-dir.ts';
import pipPin from './pip-pin.ts';
import npmPin from './npm-pin.ts';
import yarnCacheClean from './yarn-cache-clean.ts';
import gemPin from './gem-pin.ts';
import goPin from './go-pin.ts';
import yumYes from './yum-yes.ts';
import yumClean from './yum-clean.ts';
import yumPin from './yum-pin.ts';
import dnfYes from './dnf-yes.ts';
import dnfClean from './dnf-clean.ts';
import dnfPin from './dnf-pin.ts';
import zypperNonInteractive from './zypper-non-interactive.ts';
import zypperDistUpgrade from './zypper-dist-upgrade.ts';
import zypperClean from './zypper-clean.ts';
import zypperPin from './zypper-pin.ts';

export const PACKAGES_RULES: Rule[] = [
  pipNoCacheDir,
  pipPin,
  npmPin,
  yarnCacheClean,
  gemPin,
  goPin,
  yumYes,
  yumClean,
  yumPin,
  dnfYes,
  dnfClean,
  dnfPin,
  zypperNonInteractive,
  zypperDistUpgrade,
  zypperClean,
  zypperPin,
];
