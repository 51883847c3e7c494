import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const file = (cmd: string) => `FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\n${cmd}\n`;

export default defineExercise({
  id: 'instruction-cmd-quotes',
  page: 'instructions/cmd',
  title: { 'pt-BR': 'Aspas duplas no JSON', en: 'Double quotes in JSON' },
  goal: {
    'pt-BR': 'Parece forma exec, mas não é: com aspas simples, o Docker não reconhece o JSON e roda tudo pelo shell. Conserte o `CMD`.',
    en: 'It looks like exec form, but it is not: with single quotes, Docker does not recognise the JSON and runs it all through the shell. Fix the `CMD`.',
  },
  hints: [
    { 'pt-BR': 'JSON só aceita aspas duplas.', en: 'JSON only accepts double quotes.' },
    { 'pt-BR': '`CMD ["python", "main.py"]`.', en: '`CMD ["python", "main.py"]`.' },
  ],
  explanation: {
    'pt-BR': 'Sem JSON válido, o `CMD` vira forma shell: o contêiner tenta rodar `[python,` e falha. Com aspas duplas, o Python é o PID 1 e recebe os sinais.',
    en: 'Without valid JSON, the `CMD` becomes shell form: the container tries to run `[python,` and fails. With double quotes, Python is PID 1 and receives the signals.',
  },
  start: file("CMD ['python', 'main.py']"),
  files: APP_FILES,
  solutions: [file('CMD ["python", "main.py"]')],
  checks: [{ kind: 'rule-absent', rule: 'json-single-quotes' }, { kind: 'exec-start', program: 'python' }],
});
