/**
 * dockerfile-ast recomputes an instruction's arguments by scanning its text on every
 * `getArguments()` call, and rules, the validator and the insight call it many times per
 * instruction: about 45% of a lint went there. A parsed instruction never changes (each edit is
 * parsed again), so each instance keeps its raw arguments after the first scan. Callers get a
 * copy of the array, because ModifiableInstruction.getArguments shifts its flags off the one it
 * receives. dockerfile-utils' validator shares this module, so its checks benefit too.
 */
import { Instruction } from 'dockerfile-ast';

type Raw = ReturnType<Instruction['getArguments']>;
// getRawArguments is private in the type declarations, public in the JavaScript.
const proto = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Raw; __estaleiroCached?: true };

if (!proto.__estaleiroCached) {
  const scan = proto.getRawArguments;
  const kept = new WeakMap<object, Raw>();
  proto.getRawArguments = function getRawArguments(this: Instruction): Raw {
    let args = kept.get(this);
    if (!args) {
      args = scan.call(this);
      kept.set(this, args);
    }
    return args.slice();
  };
  proto.__estaleiroCached = true;
}
