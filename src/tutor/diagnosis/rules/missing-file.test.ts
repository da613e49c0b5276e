import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { missingFile } from './missing-file.js';

describe('missing-file', () => {
  testRule(missingFile, {
    valid: [
      { line: 'cat kubia-svc.yaml' },
      // Nothing close to the name: the tool's own error says it all.
      { line: 'cat shopping-list.txt' },
    ],
    invalid: [
      {
        line: 'kubectl create -f kubia-svc.yml',
        en: 'There is no file `kubia-svc.yml` — did you mean `kubia-svc.yaml`? (`ls` lists the files here.)',
        ko: '`kubia-svc.yml` 파일은 없어요. 혹시 `kubia-svc.yaml` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)',
      },
      {
        // kubectl reads --cert and --key itself: Go's open error.
        setup: ['openssl genrsa -out tls.key 2048', 'openssl req -new -x509 -key tls.key -out tls.cert -days 360 -subj /CN=kubia.example.com'],
        line: 'kubectl create secret tls tls-secret --cert=tls.crt --key=tls.key',
        en: 'There is no file `tls.crt` — did you mean `tls.cert`? (`ls` lists the files here.)',
        ko: '`tls.crt` 파일은 없어요. 혹시 `tls.cert` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)',
      },
      {
        setup: ['openssl genrsa -out tls.key 2048'],
        line: 'openssl req -new -x509 -key tls.kye -out tls.cert -days 360 -subj /CN=kubia.example.com',
        en: 'There is no file `tls.kye` — did you mean `tls.key`? (`ls` lists the files here.)',
        ko: '`tls.kye` 파일은 없어요. 혹시 `tls.key` 파일 아닌가요? (`ls`로 여기 있는 파일을 볼 수 있어요.)',
      },
    ],
  });
});
