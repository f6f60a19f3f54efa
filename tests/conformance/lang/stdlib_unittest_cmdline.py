# unittest.main's command line: -h, unknown options and a missing -k value print argparse's
# usage (wrapped at 78 columns) and exit; the switches main() already fixed are not offered.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


long_name = 'a_rather_long_program_name_for_testing_the_usage_wrapping.py'
for argv, kw in (
        (['prog.py', '-h'], {}),
        (['prog.py', '--help'], {'failfast': True}),
        ([long_name, '-h'], {'buffer': False, 'catchbreak': True}),
        (['tests.py', '--bogus', 'T'], {}),
        (['p', '-k'], {}),
        ([long_name, '-x', '-y'], {}),
        (['q' * 70, '-z'], {}),
        (['p', '-f', '-z'], {}),
):
    print('>>>', argv[1:], kw)
    try:
        unittest.main(argv=argv, **kw)
    except SystemExit as e:
        print('SystemExit', e.code)
