# A script that imports itself by name (as happens when a script is named like the module it
# means to use): the second copy sees a partially initialized module.
import circular_self_import

print("running as", __name__)
try:
    circular_self_import.later
except AttributeError as e:
    print("AttributeError:", e)
later = 1
print(circular_self_import.missing_name)
