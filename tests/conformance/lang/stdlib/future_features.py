from __future__ import annotations
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag), f.optional == f.getOptionalRelease())
print(annotations is __future__.annotations, type(annotations).__name__, sorted(__future__.__all__))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED, __future__.CO_FUTURE_DIVISION)
print(__future__.CO_FUTURE_PRINT_FUNCTION, __future__.CO_FUTURE_WITH_STATEMENT, __future__.CO_FUTURE_ABSOLUTE_IMPORT)
print(__future__.CO_FUTURE_UNICODE_LITERALS, __future__.CO_FUTURE_BARRY_AS_BDFL, __future__.CO_FUTURE_GENERATOR_STOP)
def f(x: undefined_name) -> list[int]:
    return x
print(f.__annotations__)
