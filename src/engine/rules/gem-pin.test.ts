import { testRule } from '../testing.ts';
import rule from './gem-pin.ts';

const img = (run: string) => `FROM ruby:3.4-slim\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN gem install bundler:2.6.9 "rake:13.3.0"'),
    img('RUN gem install rake -v 13.3.0'),
    img('RUN gem install rake --version=13.3.0'),
    img('RUN gem install ./pkg/app-1.0.gem /tmp/x.gem'),
    img('RUN gem install nokogiri:1.18.0 -- --use-system-libraries'),
    img('RUN gem install $GEMS'),
    img('RUN gem update --system 3.6.9 && gem list'),
  ],
  invalid: [
    { code: img('RUN gem install bundler rails:8.0.2'), texts: ['bundler'], message: '`bundler:<version>`' },
    { code: img('RUN gem i --no-document -i /gems puma'), texts: ['puma'] },
    { code: img('RUN gem install nokogiri -- --use-system-libraries'), texts: ['nokogiri'] },
    { code: 'FROM ruby:3.4-slim\nONBUILD RUN gem install bundler\n', count: 1 },
  ],
});
