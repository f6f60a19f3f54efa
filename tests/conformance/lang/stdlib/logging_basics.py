# logging without configuration (last resort, implicit basicConfig), loggers, levels,
# handlers with formats, filters (objects and callables), disable(), records, reprs.
import logging, sys
logging.getLogger('x').warning('no config %s', 1)
logging.getLogger('x').info('not shown')
logging.warning('root warning %d', 5)
logging.info('not shown either')
print(logging.getLogger().handlers, logging.getLogger().level)
log = logging.getLogger('app.db')
print(log, log.parent, logging.getLogger('app'), log.getEffectiveLevel(), log.name)
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s', force=True, stream=sys.stdout)
log.debug('debug %s %s', 'a', 'b')
log.info('dict %(x)s', {'x': 1})
logger = logging.getLogger(__name__)
logger.error('err')
try:
    1 / 0
except ZeroDivisionError:
    logger.exception('boom')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s %(funcName)s:%(lineno)d %(module)s %(filename)s - %(message)s'))
app = logging.getLogger('app')
app.addHandler(h)
app.propagate = False
def work():
    app.warning('in work')
work()
app.setLevel(logging.ERROR)
app.warning('hidden')
app.critical('shown')
print(app.isEnabledFor(logging.WARNING), app.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('ERROR'), logging.getLevelName(35))
h.setFormatter(logging.Formatter('{levelname} {message}', style='{'))
app.error('brace %s', 'style')
h.setFormatter(logging.Formatter('$levelname $message', style='$'))
app.error('dollar')
class F(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()
app.addFilter(F())
app.error('secret stuff')
app.error('public stuff')
app.addFilter(lambda r: r.levelno > 45)
app.error('filtered by lambda')
app.critical('passes')
logging.disable(logging.CRITICAL)
app.critical('disabled')
logging.disable(logging.NOTSET)
print(repr(logging.getLogger()), repr(app), repr(h), logging.root is logging.getLogger())
print(logging.WARN, logging.FATAL, logging.NOTSET, logging.DEBUG)
rec = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'msg %s', ('a',), None)
print(rec.getMessage(), rec.levelname, rec.name, rec.lineno, repr(rec))
adapter = logging.LoggerAdapter(app, {'k': 'v'})
app.removeHandler(h)
print(app.handlers, app.hasHandlers(), logging.getLogger('zzz').hasHandlers())
logging.getLogger('app.sub').propagate
logging.log(logging.ERROR, 'via log()')
logging.warn if hasattr(logging, 'warn') else None
print(logging.Logger.manager.loggerDict.keys() >= {'app', 'app.db', 'x'})
