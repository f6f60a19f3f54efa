import warnings
for i in range(3):
    warnings.warn('repeated')
warnings.simplefilter('error')
try:
    warnings.warn('now error')
except UserWarning as e:
    print('caught', repr(e))
warnings.warn('uncaught error warning')
