import { testRule } from '../testing.ts';
import rule from './go-pin.ts';

const build = (run: string) => `FROM golang:1.24-alpine AS build\nWORKDIR /src\n${run}\nFROM alpine:3.22\nCOPY --from=build /go/bin /usr/local/bin\nUSER 10001\n`;

testRule(rule, {
  valid: [
    build('RUN go install golang.org/x/tools/gopls@v0.18.1'),
    build('RUN go install -ldflags "-s -w" github.com/org/tool@v1.2.3'),
    build('RUN go install ./cmd/app && go install .'),
    build('RUN go install github.com/org/tool'),
    build('RUN go run ./tools/gen.go && go run main.go arg@latest'),
    build('RUN go run github.com/org/gen@v1.0.0 -out x@latest'),
    build('RUN go get github.com/org/lib@v1.4.0 && go get github.com/old/dep@none'),
    build('RUN go get -tool golang.org/x/tools/cmd/stringer@v0.31.0'),
    build('RUN go mod download && go build -o /go/bin/app ./cmd/app'),
    build('RUN go install "$TOOL"'),
  ],
  invalid: [
    { code: build('RUN go install golang.org/x/tools/gopls@latest'), texts: ['golang.org/x/tools/gopls@latest'], message: '`@latest`' },
    { code: build('RUN go install -tags netgo github.com/a/b@main github.com/c/d@v1.0.0'), texts: ['github.com/a/b@main'] },
    { code: build('RUN go get github.com/org/lib'), texts: ['github.com/org/lib'], message: '`go get github.com/org/lib`' },
    { code: build('RUN go get -u github.com/org/lib@upgrade'), count: 1 },
    { code: build('RUN go run github.com/org/gen@latest -x'), count: 1 },
    { code: 'FROM golang:1.24\nONBUILD RUN go install github.com/org/tool@latest\n', count: 1 },
  ],
});
