import { testRule } from '../testing.ts';
import rule from './pip-pin.ts';

const img = (run: string) => `FROM python:3.13-slim\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN pip install --no-cache-dir flask==3.1.0 "requests>=2.31" "django~=5.1" "x!=1" "y<2" "z===1.0"'),
    img('RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt'),
    img('RUN pip install --no-cache-dir --requirement requirements.txt'),
    img('RUN pip install --no-cache-dir . ./lib ../other /src/pkg'),
    img('RUN pip install --no-cache-dir -e . --editable ./lib'),
    img('RUN pip install --no-cache-dir dist/app-1.0-py3-none-any.whl /tmp/pkg.tar.gz'),
    img('RUN pip install --no-cache-dir git+https://github.com/org/repo.git@v1.2.3'),
    img('RUN pip install --no-cache-dir "app @ https://example.com/app-1.0.tar.gz"'),
    img('RUN pip install --no-cache-dir -i https://pypi.example.com/simple --target /deps flask==3.1.0'),
    img('RUN pip install --no-cache-dir $PACKAGES "${EXTRA}"'),
    img('RUN pipenv install flask && pip download flask'),
    img('RUN pip install --no-cache-dir --root-user-action ignore flask==3.1.0'),
  ],
  invalid: [
    { code: img('RUN pip install --no-cache-dir flask gunicorn==23.0.0 "uvicorn[standard]"'), texts: ['flask', '"uvicorn[standard]"'], message: '`flask==<version>`' },
    { code: img('RUN python3 -m pip install --no-cache-dir --upgrade pip setuptools'), texts: ['pip', 'setuptools'] },
    { code: img('RUN pip install --no-cache-dir git+https://github.com/org/repo.git'), count: 1 },
    { code: img('RUN pipx install black'), texts: ['black'] },
    { code: 'FROM python:3.13-slim\nONBUILD RUN pip install --no-cache-dir flask\n', count: 1 },
  ],
});
