import logging, sys
logging.basicConfig(format='%(levelname)-8s %(name)s: %(message)s', stream=sys.stdout, level=logging.DEBUG)
log = logging.getLogger('app')
log.debug('starting %d workers', 3)
log.info('hello %s', 'world')
db = logging.getLogger('app.db')
db.setLevel(logging.WARNING)
db.info('hidden')
db.warning('slow query: %.2fs', 1.23456)
try:
    1 / 0
except ZeroDivisionError:
    log.exception('math failed')
log.error('bad %r', {'a': 1})
logging.warning('root warning')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(name)s|%(levelno)s|%(funcName)s] %(message)s'))
other = logging.getLogger('other')
other.propagate = False
other.addHandler(h)
def work():
    other.critical('in work')
work()
print(logging.getLevelName(30), logging.getLevelName('ERROR'), log.getEffectiveLevel(), db.isEnabledFor(logging.INFO))
class F(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()
other.addFilter(F())
other.warning('a secret thing')
other.warning('public thing')
logging.disable(logging.CRITICAL)
log.critical('disabled')
logging.disable(logging.NOTSET)
log.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level named')
print(log, db, logging.getLogger())
