/**
 * The text handed to dockerfile-utils' validate(), made safe from its one exponential regex.
 *
 * dockerfile-utils 0.16 checks a FROM stage name with `/^[a-z]([a-z0-9_\-.]*)*$/`: the nested
 * `*` backtracks exponentially on a name that is long and then fails, so `FROM x AS
 * org.opencontainers.image.source="…"` (a mistyped LABEL line joined to FROM) took 40 s. The
 * regex accepts exactly the names `^[a-z][a-z0-9_\-.]*$` accepts; when a name fails that linear
 * test, the validator's verdict is already known (invalid), so its first character is swapped
 * for one the regex rejects at once. Same length, same ranges, same finding; the message text
 * comes from our own copy of the document, not from the validator.
 */
import type { Model } from '../model.ts';
import { STAGE_NAME } from '../stages-helpers.ts';

export function validatorInput(model: Model): string {
  let text = model.parsedText;
  for (const ins of model.instructions) {
    if (ins.getKeyword() !== 'FROM') continue;
    const name = ins.getArguments()[2];
    const value = name?.getValue().toLowerCase() ?? '';
    // Only a name that starts with a letter can backtrack; one that passes is left alone.
    if (!name || !/^[a-z]/.test(value) || STAGE_NAME.test(value)) continue;
    // The value keeps its quotes, so the letter is the argument's first character. A letter and
    // `!` are both plain word characters: the instruction still splits into the same words.
    const [at] = model.offsets(name);
    if (text[at]?.toLowerCase() !== value[0]) continue;
    text = `${text.slice(0, at)}!${text.slice(at + 1)}`;
  }
  return text;
}
