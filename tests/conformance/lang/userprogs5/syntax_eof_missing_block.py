# An unfinished script: the block a header promises never comes (error at end of input).
import sys


def main():
    for line in sys.stdin:
