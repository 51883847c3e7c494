/** Rules of the "run" group, in index order. */
import type { Rule } from '../types.ts';
import aptGetYes from './apt-get-yes.ts';
import aptNoInstallRecommends from './apt-no-install-recommends.ts';
import aptListsNotCleaned from './apt-lists-not-cleaned.ts';
import aptPin from './apt-pin.ts';
import useAptGet from './use-apt-get.ts';
import apkPin from './apk-pin.ts';
import apkNoCache from './apk-no-cache.ts';
import useWorkdir from './use-workdir.ts';
import noSudo from './no-sudo.ts';
import pointlessCommand from './pointless-command.ts';
import shellRelink from './shell-relink.ts';
import pipefail from './pipefail.ts';
import curlAndWget from './curl-and-wget.ts';
import wgetProgress from './wget-progress.ts';
import useraddNoLogInit from './useradd-no-log-init.ts';
import consecutiveRun from './consecutive-run.ts';

export const RUN_RULES: Rule[] = [
  aptGetYes,
  aptNoInstallRecommends,
  aptListsNotCleaned,
  aptPin,
  useAptGet,
  apkPin,
  apkNoCache,
  useWorkdir,
  noSudo,
  pointlessCommand,
  pipefail,
  shellRelink,
  curlAndWget,
  wgetProgress,
  useraddNoLogInit,
  consecutiveRun,
];
