from http import HTTPStatus, HTTPMethod
from collections import Counter
import re

LOG = """\
10.0.0.1 - - [08/Dec/2026:10:00:01] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [08/Dec/2026:10:00:02] "POST /api/login HTTP/1.1" 401 210
10.0.0.1 - - [08/Dec/2026:10:00:05] "GET /missing HTTP/1.1" 404 0
10.0.0.3 - - [08/Dec/2026:10:00:09] "DELETE /api/item/7 HTTP/1.1" 204 0
10.0.0.2 - - [08/Dec/2026:10:00:11] "POST /api/login HTTP/1.1" 200 880
10.0.0.4 - - [08/Dec/2026:10:00:15] "PUT /api/item/7 HTTP/1.1" 500 77
10.0.0.1 - - [08/Dec/2026:10:00:20] "BREW /pot HTTP/1.1" 418 12
10.0.0.5 - - [08/Dec/2026:10:00:21] "GET /old HTTP/1.1" 301 0
"""

LINE = re.compile(r'(?P<ip>\S+) .* "(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)')

by_status = Counter()
by_class = Counter()
bytes_sent = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    status = HTTPStatus(int(m['status']))
    try:
        method = HTTPMethod(m['method'])
    except ValueError as err:
        method = None
        print('unknown method:', err)
    by_status[status] += 1
    by_class[f'{status // 100}xx'] += 1
    bytes_sent += int(m['size'])
    print(f"{m['ip']:<10} {str(method):<7} {m['path']:<14} {status.value} {status.phrase:<22} {status.description[:30]!r}")

print()
for status, n in sorted(by_status.items()):
    print(f'{status!r:<40} x{n}  {status.name.replace("_", " ").title()}')
print(dict(sorted(by_class.items())), bytes_sent)
print(HTTPStatus.OK == 200, HTTPStatus.NOT_FOUND > 400, HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int))
print(f'{HTTPStatus.CREATED}', str(HTTPStatus.CREATED), format(HTTPStatus.CREATED, '>6'), repr(HTTPMethod.PATCH), HTTPMethod.PATCH.description)
print([m.value for m in HTTPMethod], len(HTTPStatus), HTTPStatus['IM_A_TEAPOT'].phrase)
print(next(s for s in HTTPStatus if s.phrase == 'Too Many Requests'))
print([s.name for s in HTTPStatus if 300 <= s < 400])
print(by_status[HTTPStatus.CONTINUE], by_status["200"])
print(HTTPStatus.OK.phrase.lower())
print(int(LOG.split()[-1]) / by_status[HTTPStatus.NO_CONTENT - 104])
