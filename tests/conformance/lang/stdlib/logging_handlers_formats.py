# logging as applications use it: extra fields, exc_info and stack_info, child loggers,
# level errors, formatter styles and asctime, adapters, NullHandler, custom levels, the
# hierarchy and basicConfig (once, force, errors).
import logging, sys, time
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s|%(funcName)s'))
log = logging.getLogger('svc')
log.addHandler(out)
log.setLevel('DEBUG')
log.propagate = False
log.info('extra %s', 'x', extra={'user': 'bob'})
fmt_user = logging.Formatter('%(user)s did %(message)s')
out.setFormatter(fmt_user)
log.info('login', extra={'user': 'ann'})
try:
    log.info('bad', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
out.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    raise ValueError('v')
except ValueError as e:
    err = e
log.error('with exc', exc_info=err)
log.warning('with stack', stack_info=True)
child = log.getChild('sub')
print(child.name, child.parent is log, child.getEffectiveLevel())
for bad in ['NOPE', 3.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Formatter('plain')
except ValueError as e:
    print(e)
try:
    logging.Formatter('x', style='?')
except ValueError as e:
    print(e)
adapter = logging.LoggerAdapter(log, {'user': 'zed'})
out.setFormatter(logging.Formatter('[%(user)s] %(message)s'))
adapter.info('adapted %d', 3)
print(repr(adapter))
out.setFormatter(logging.Formatter('%(message)s'))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
f.converter = time.gmtime
rec = logging.makeLogRecord({'msg': 'hello', 'created': 1e9, 'msecs': 5.0, 'args': ()})
print(f.format(rec))
f2 = logging.Formatter('%(asctime)s %(message)s')
f2.converter = time.gmtime
print(f2.format(rec))
print(f2.usesTime(), logging.Formatter().usesTime())
null = logging.getLogger('quiet')
null.addHandler(logging.NullHandler())
null.error('nothing printed')
print(logging.getLevelNamesMapping()['WARN'])
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
try:
    log.log('x', 'bad')
except TypeError as e:
    print(e)
lg = logging.getLogger('a.b.c')
mid = logging.getLogger('a.b')
print(lg.parent is mid, mid.parent is logging.root)
logging.basicConfig(format='%(levelname)s-%(message)s', stream=sys.stdout, level=logging.INFO)
logging.info('root info')
logging.getLogger('a.b.c').info('propagated')
logging.basicConfig(format='ignored')
logging.info('still same format')
print(len(logging.root.handlers))
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print(e)
