// The `platform` module: the interpreter's and the system's identification strings. pymm
// runs sandboxed and asks the host nothing: it reports the CPython it stands for (3.11.7,
// 'CPython') on a generic 64-bit Linux; the host name, kernel release and build details are
// left empty (see deviations.md).

/** Source of the platform module, run in the module's namespace. */
export const PLATFORM_PY = String.raw`
'''Identify the interpreter and the platform it runs on.'''
from collections import namedtuple as _namedtuple

__version__ = '1.0.8'

_VERSION = '3.11.7'
_SYSTEM = 'Linux'
_MACHINE = 'x86_64'


class uname_result(_namedtuple('uname_result', 'system node release version machine')):
    '''(system, node, release, version, machine) plus the processor, found on first use.'''

    @property
    def processor(self):
        return processor()

    def _six(self):
        return (*tuple.__iter__(self), self.processor)

    __iter__ = lambda self: iter(self._six())
    __getitem__ = lambda self, key: self._six()[key]
    __len__ = lambda self: len(self._six())

    def __reduce__(self):
        return uname_result, self._six()[:5]


_uname = None


def uname():
    '''The system's identification: uname_result(system, node, release, version, machine).'''
    global _uname
    if _uname is None:
        _uname = uname_result(_SYSTEM, '', '', '', _MACHINE)
    return _uname


def system():
    '''The operating system's name: 'Linux'.'''
    return uname().system


def node():
    '''The computer's network name ('' when unknown).'''
    return uname().node


def release():
    '''The system's release ('' when unknown).'''
    return uname().release


def version():
    '''The system's version ('' when unknown).'''
    return uname().version


def machine():
    '''The machine type: 'x86_64'.'''
    return uname().machine


def processor():
    '''The processor's name ('' when unknown, as on most Linux systems).'''
    return ''


def architecture(executable=None, bits='', linkage=''):
    '''(bits, linkage) of the interpreter's executable: ('64bit', 'ELF').'''
    return (bits or '64bit', linkage or 'ELF')


def python_implementation():
    '''The Python implementation pymm stands for: 'CPython'.'''
    return 'CPython'


def python_version():
    '''The Python version as 'major.minor.patchlevel'.'''
    return _VERSION


def python_version_tuple():
    '''The Python version as a tuple of three strs.'''
    return tuple(_VERSION.split('.'))


def python_branch():
    '''The branch the interpreter was built from ('' when unknown).'''
    return ''


def python_revision():
    '''The revision the interpreter was built from ('' when unknown).'''
    return ''


def python_build():
    '''(buildno, builddate) of the interpreter.'''
    return ('main', '')


def python_compiler():
    '''The compiler that built the interpreter ('' when unknown).'''
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    '''(lib, version) of the C library ('', '' when unknown).'''
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    '''macOS version information: empty, this is not macOS.'''
    return (release, versioninfo, machine)


def win32_ver(release='', version='', csd='', ptype=''):
    '''Windows version information: empty, this is not Windows.'''
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    '''Jython information: empty.'''
    return (release, vendor, vminfo, osinfo)


def freedesktop_os_release():
    '''The os-release fields; OSError, as none can be read here.'''
    raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')


def _joined(*parts):
    text = '-'.join(p.strip() for p in parts if p)
    for old, new in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'),
                     ('"', '-'), ('(', '-'), (')', '-'), ('unknown', '')):
        text = text.replace(old, new)
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    '''One string naming the platform, e.g. 'Linux-x86_64-with-glibc' style.'''
    info = uname()
    if terse:
        return _joined(info.system, info.release)
    lib, ver = libc_ver()
    return _joined(info.system, info.release, info.machine, info.processor, 'with', lib + ver)
`;
