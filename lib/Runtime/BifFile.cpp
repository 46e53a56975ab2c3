//===- lib/Runtime/BifFile.cpp - prim_file, synchronously -----------------===//
///
/// \file
/// The public functions of OTP's `prim_file` that `file`, `file_server` and
/// `file_io_server` call: opening, reading, writing and positioning files,
/// whole-file reads and writes, directories, file info and links. erl
/// implements their insides as NIFs that prim_file.erl calls locally; here
/// the exported functions themselves are native (their Erlang bodies are
/// never run), so results are built exactly as prim_file builds them:
/// `{ok, _}`, `eof`, or `{error, Posix}` with erl's lower-case errno atom.
///
/// The calls are plain blocking POSIX calls on the calling scheduler; the
/// io_uring path of docs/Runtime.md is not written yet. An open file is
/// `#file_descriptor{module = prim_file, data = {beamr_fd, Fd}}`; it is
/// closed by close/1 only (erl also closes it when its owner exits).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/IoServer.h"
#include "beamr/Runtime/Process.h"

#include <cerrno>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace beamr;

namespace {

Term ok() { return atomTerm(atoms::Ok); }
Term errorTuple(Process &P, Term Reason) {
  return makeTuple2(P, atomTerm(atoms::Error), Reason);
}
Term posixError(Process &P, int Err) { return errorTuple(P, posixAtom(Err)); }

/// prim_file's answer to a bad file name, mode list or data for a path
/// (its Erlang wrappers turn the NIFs' badarg into this).
Term badargError(Process &P) { return errorTuple(P, atomTerm(atoms::Badarg)); }
Term okTuple(Process &P, Term V) { return makeTuple2(P, ok(), V); }

Term fdTerm(Process &P, int Fd) {
  Term Data = makeTuple2(P, internAtom("beamr_fd"), Term::small(Fd));
  return makeTuple3(P, internAtom("file_descriptor"), internAtom("prim_file"), Data);
}

/// The OS descriptor inside a `#file_descriptor{}` made by fdTerm, or -1.
int fdOf(Term T) {
  if (!T.isTuple() || T.tupleArity() != 3 || T.tupleElement(1) != internAtom("prim_file"))
    return -1;
  Term D = T.tupleElement(2);
  if (!D.isTuple() || D.tupleArity() != 2 || D.tupleElement(0) != internAtom("beamr_fd") ||
      !D.tupleElement(1).isSmall())
    return -1;
  return int(D.tupleElement(1).smallValue());
}

/// open(2) flags for prim_file:open's modes, or -1 for a bad mode list.
int openFlags(Term Modes) {
  std::optional<std::vector<Term>> L = listElements(Modes);
  if (!L)
    return -1;
  bool Read = false, Write = false, Append = false, Exclusive = false;
  for (Term M : *L) {
    if (M == internAtom("read"))
      Read = true;
    else if (M == internAtom("write"))
      Write = true;
    else if (M == internAtom("append"))
      Append = true;
    else if (M == internAtom("exclusive"))
      Exclusive = true;
    else if (!M.isAtom() && !M.isTuple())
      return -1;
    // binary, raw, sync, directory, {encoding, _}, ...: nothing to do here.
  }
  bool Writes = Write || Append || Exclusive;
  int Flags = Read && Writes ? O_RDWR : Writes ? O_WRONLY : O_RDONLY;
  if (Writes)
    Flags |= O_CREAT;
  if (Write && !Read && !Append)
    Flags |= O_TRUNC;
  if (Append)
    Flags |= O_APPEND;
  if (Exclusive)
    Flags |= O_EXCL;
  return Flags | O_CLOEXEC;
}

/// Reads up to `Size` bytes at the position (or at `Offset` when >= 0).
Term readChunk(Process &P, int Fd, Term SizeT, off_t Offset) {
  if (!SizeT.isSmall() || SizeT.smallValue() < 0)
    return P.badarg();
  std::string Buf(std::size_t(SizeT.smallValue()), '\0');
  ssize_t N;
  do
    N = Offset >= 0 ? ::pread(Fd, Buf.data(), Buf.size(), Offset) : ::read(Fd, Buf.data(), Buf.size());
  while (N < 0 && errno == EINTR);
  if (N < 0)
    return posixError(P, errno);
  if (N == 0 && !Buf.empty())
    return internAtom("eof");
  Buf.resize(std::size_t(N));
  return okTuple(P, makeBinaryTerm(P, Buf));
}

/// A `{{Y,Mo,D},{H,Mi,S}}` (local or universal) or an integer (posix).
Term timeTerm(Process &P, std::time_t T, Term Unit) {
  if (Unit == internAtom("posix"))
    return makeInteger(P, SWord(T));
  std::tm Tm{};
  if (Unit == internAtom("universal"))
    gmtime_r(&T, &Tm);
  else
    localTime(T, Tm);
  Term Date = makeTuple3(P, Term::small(Tm.tm_year + 1900), Term::small(Tm.tm_mon + 1),
                         Term::small(Tm.tm_mday));
  Term Time = makeTuple3(P, Term::small(Tm.tm_hour), Term::small(Tm.tm_min),
                         Term::small(Tm.tm_sec));
  return makeTuple2(P, Date, Time);
}

/// The first `{time, Unit}` of read_file_info's options (local by default),
/// or nothing for a bad list or unit.
std::optional<Term> timeUnit(Term Opts) {
  std::optional<std::vector<Term>> L = listElements(Opts);
  if (!L)
    return std::nullopt;
  Term Unit = internAtom("local");
  for (Term O : *L)
    if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == internAtom("time")) {
      Unit = O.tupleElement(1); // The first one, as proplists:get_value/3.
      break;
    }
  if (Unit != internAtom("local") && Unit != internAtom("universal") && Unit != internAtom("posix"))
    return std::nullopt;
  return Unit;
}

/// `{ok, #file_info{}}` from stat(2) (lstat(2) for `Link`).
Term fileInfo(Process &P, Term Name, Term Opts, bool Link) {
  std::optional<std::string> Path = nativeText(Name);
  std::optional<Term> Unit = timeUnit(Opts);
  if (!Path || !Unit)
    return badargError(P);
  struct stat St;
  if ((Link ? ::lstat(Path->c_str(), &St) : ::stat(Path->c_str(), &St)) != 0)
    return posixError(P, errno);
  const char *Type = S_ISREG(St.st_mode)   ? "regular"
                     : S_ISDIR(St.st_mode) ? "directory"
                     : S_ISLNK(St.st_mode) ? "symlink"
                     : S_ISCHR(St.st_mode) || S_ISBLK(St.st_mode) ? "device"
                                                                   : "other";
  bool R = ::access(Path->c_str(), R_OK) == 0, W = ::access(Path->c_str(), W_OK) == 0;
  const char *Access = R && W ? "read_write" : R ? "read" : W ? "write" : "none";
  Term Fields[] = {internAtom("file_info"),
                   makeInteger(P, SWord(St.st_size)),
                   internAtom(Type),
                   internAtom(Access),
                   timeTerm(P, St.st_atime, *Unit),
                   timeTerm(P, St.st_mtime, *Unit),
                   timeTerm(P, St.st_ctime, *Unit),
                   makeInteger(P, SWord(St.st_mode)),
                   makeInteger(P, SWord(St.st_nlink)),
                   makeInteger(P, SWord(St.st_dev)),
                   makeInteger(P, SWord(St.st_rdev)),
                   makeInteger(P, SWord(St.st_ino)),
                   makeInteger(P, SWord(St.st_uid)),
                   makeInteger(P, SWord(St.st_gid))};
  return okTuple(P, makeTuple(P, Fields));
}

/// Runs a one-path system call: `ok` or `{error, Posix}`.
template <typename Fn> Term pathOp(Process &P, Term Name, Fn Op) {
  std::optional<std::string> Path = nativeText(Name);
  if (!Path)
    return badargError(P);
  return Op(Path->c_str()) == 0 ? ok() : posixError(P, errno);
}

/// Runs a two-path system call: `ok` or `{error, Posix}`.
template <typename Fn> Term twoPathOp(Process &P, Term From, Term To, Fn Op) {
  std::optional<std::string> A = nativeText(From), B = nativeText(To);
  if (!A || !B)
    return badargError(P);
  return Op(A->c_str(), B->c_str()) == 0 ? ok() : posixError(P, errno);
}

} // namespace

namespace beamr::bifs {

Term prim_file_open_2(Process &P, const Term *Args) {
  std::optional<std::string> Path = nativeText(Args[0]);
  int Flags = openFlags(Args[1]);
  if (!Path || Flags < 0)
    return badargError(P);
  int Fd = ::open(Path->c_str(), Flags, 0666);
  if (Fd < 0)
    return posixError(P, errno);
  return okTuple(P, fdTerm(P, Fd));
}

Term prim_file_close_1(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  if (Fd < 0)
    return P.badarg();
  return ::close(Fd) == 0 ? ok() : posixError(P, errno);
}

Term prim_file_read_2(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  return Fd < 0 ? P.badarg() : readChunk(P, Fd, Args[1], -1);
}

Term prim_file_pread_3(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  if (Fd < 0 || !Args[1].isSmall() || Args[1].smallValue() < 0)
    return P.badarg();
  return readChunk(P, Fd, Args[2], off_t(Args[1].smallValue()));
}

/// read_line/1: up to and including the next newline (a "\r\n" ending
/// becomes "\n", as erl's), leaving the position just after it.
Term prim_file_read_line_1(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  if (Fd < 0)
    return P.badarg();
  std::string Line;
  char Buf[256];
  for (;;) {
    ssize_t N = ::read(Fd, Buf, sizeof Buf);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return posixError(P, errno);
    if (N == 0)
      break;
    std::string_view Chunk(Buf, std::size_t(N));
    std::size_t Nl = Chunk.find('\n');
    if (Nl != std::string_view::npos) {
      Line.append(Chunk.substr(0, Nl + 1));
      ::lseek(Fd, off_t(Nl + 1) - off_t(N), SEEK_CUR);
      break;
    }
    Line.append(Chunk);
  }
  if (Line.empty())
    return internAtom("eof");
  if (Line.size() >= 2 && Line.compare(Line.size() - 2, 2, "\r\n") == 0)
    Line.replace(Line.size() - 2, 2, "\n");
  return okTuple(P, makeBinaryTerm(P, Line));
}

Term prim_file_write_2(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  std::string Bytes;
  if (Fd < 0 || !appendIolist(Bytes, Args[1]))
    return P.badarg();
  return writeFully(Fd, Bytes) ? ok() : posixError(P, errno);
}

Term prim_file_pwrite_3(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  std::string Bytes;
  if (Fd < 0 || !Args[1].isSmall() || Args[1].smallValue() < 0 || !appendIolist(Bytes, Args[2]))
    return P.badarg();
  ssize_t N = ::pwrite(Fd, Bytes.data(), Bytes.size(), off_t(Args[1].smallValue()));
  return N == ssize_t(Bytes.size()) ? ok() : posixError(P, N < 0 ? errno : ENOSPC);
}

/// position/2: `Offset`, `bof | cur | eof`, or `{bof | cur | eof, Offset}`.
Term prim_file_position_2(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  Term At = Args[1];
  int Whence = SEEK_SET;
  Term Offset = Term::small(0);
  if (At.isTuple() && At.tupleArity() == 2) {
    Offset = At.tupleElement(1);
    At = At.tupleElement(0);
  } else if (At.isInteger()) {
    Offset = At;
    At = internAtom("bof");
  }
  if (At == internAtom("cur"))
    Whence = SEEK_CUR;
  else if (At == internAtom("eof"))
    Whence = SEEK_END;
  else if (At != internAtom("bof"))
    return P.badarg();
  if (Fd < 0 || !Offset.isSmall())
    return P.badarg();
  off_t Pos = ::lseek(Fd, off_t(Offset.smallValue()), Whence);
  if (Pos < 0)
    return posixError(P, errno);
  return okTuple(P, makeInteger(P, SWord(Pos)));
}

Term prim_file_sync_1(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  if (Fd < 0)
    return P.badarg();
  return ::fsync(Fd) == 0 ? ok() : posixError(P, errno);
}

Term prim_file_truncate_1(Process &P, const Term *Args) {
  int Fd = fdOf(Args[0]);
  if (Fd < 0)
    return P.badarg();
  off_t Pos = ::lseek(Fd, 0, SEEK_CUR);
  return Pos >= 0 && ::ftruncate(Fd, Pos) == 0 ? ok() : posixError(P, errno);
}

Term prim_file_read_file_1(Process &P, const Term *Args) {
  std::optional<std::string> Path = nativeText(Args[0]);
  if (!Path)
    return badargError(P);
  int Fd = ::open(Path->c_str(), O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return posixError(P, errno);
  std::string Bytes;
  char Buf[65536];
  for (;;) {
    ssize_t N = ::read(Fd, Buf, sizeof Buf);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      int Err = errno;
      ::close(Fd);
      return posixError(P, Err);
    }
    if (N == 0)
      break;
    Bytes.append(Buf, std::size_t(N));
  }
  ::close(Fd);
  return okTuple(P, makeBinaryTerm(P, Bytes));
}

Term prim_file_write_file_2(Process &P, const Term *Args) {
  std::optional<std::string> Path = nativeText(Args[0]);
  std::string Bytes;
  if (!Path || !appendIolist(Bytes, Args[1]))
    return badargError(P);
  int Fd = ::open(Path->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (Fd < 0)
    return posixError(P, errno);
  bool Ok = writeFully(Fd, Bytes);
  int Err = errno;
  ::close(Fd);
  return Ok ? ok() : posixError(P, Err);
}

/// list_dir/1 and list_dir_all/1: the names, in the order readdir gives.
Term prim_file_list_dir_1(Process &P, const Term *Args) {
  std::optional<std::string> Path = nativeText(Args[0]);
  if (!Path)
    return badargError(P);
  DIR *D = ::opendir(Path->c_str());
  if (!D)
    return posixError(P, errno);
  std::vector<std::string> Names;
  while (dirent *E = ::readdir(D)) {
    std::string_view N = E->d_name;
    if (N != "." && N != "..")
      Names.emplace_back(N);
  }
  ::closedir(D);
  Term L = Term::nil();
  for (std::size_t I = Names.size(); I-- > 0;)
    L = makeCons(P, nativeString(P, Names[I]), L);
  return okTuple(P, L);
}

Term prim_file_delete_1(Process &P, const Term *Args) {
  return pathOp(P, Args[0], [](const char *F) { return ::unlink(F); });
}
Term prim_file_make_dir_1(Process &P, const Term *Args) {
  return pathOp(P, Args[0], [](const char *F) { return ::mkdir(F, 0777); });
}
Term prim_file_del_dir_1(Process &P, const Term *Args) {
  return pathOp(P, Args[0], [](const char *F) { return ::rmdir(F); });
}
Term prim_file_set_cwd_1(Process &P, const Term *Args) {
  return pathOp(P, Args[0], [](const char *F) { return ::chdir(F); });
}
Term prim_file_rename_2(Process &P, const Term *Args) {
  return twoPathOp(P, Args[0], Args[1], [](const char *A, const char *B) { return ::rename(A, B); });
}
Term prim_file_make_link_2(Process &P, const Term *Args) {
  return twoPathOp(P, Args[0], Args[1], [](const char *A, const char *B) { return ::link(A, B); });
}
Term prim_file_make_symlink_2(Process &P, const Term *Args) {
  return twoPathOp(P, Args[0], Args[1],
                   [](const char *A, const char *B) { return ::symlink(A, B); });
}

Term prim_file_get_cwd_0(Process &P, const Term *) {
  char Buf[4096];
  if (!::getcwd(Buf, sizeof Buf))
    return posixError(P, errno);
  return okTuple(P, nativeString(P, Buf));
}

/// get_cwd/1 names a drive, which Unix does not have.
/// get_cwd(Drive): drives are a Windows matter; erl answers a drive string
/// with enotsup and anything else with badarg.
Term prim_file_get_cwd_1(Process &P, const Term *Args) {
  if (!Args[0].isCons() || !nativeText(Args[0]))
    return badargError(P);
  return errorTuple(P, internAtom("enotsup"));
}

Term prim_file_read_link_1(Process &P, const Term *Args) {
  std::optional<std::string> Path = nativeText(Args[0]);
  if (!Path)
    return badargError(P);
  char Buf[4096];
  ssize_t N = ::readlink(Path->c_str(), Buf, sizeof Buf);
  if (N < 0)
    return posixError(P, errno);
  return okTuple(P, nativeString(P, std::string_view(Buf, std::size_t(N))));
}

Term prim_file_read_file_info_1(Process &P, const Term *Args) {
  return fileInfo(P, Args[0], Term::nil(), false);
}
Term prim_file_read_file_info_2(Process &P, const Term *Args) {
  return fileInfo(P, Args[0], Args[1], false);
}
Term prim_file_read_link_info_1(Process &P, const Term *Args) {
  return fileInfo(P, Args[0], Term::nil(), true);
}
Term prim_file_read_link_info_2(Process &P, const Term *Args) {
  return fileInfo(P, Args[0], Args[1], true);
}

/// write_file_info/2,3, as prim_file.erl's Erlang does it around its NIFs:
/// owner (chown, -1 for an undefined uid or gid), then permissions (chmod,
/// skipped when undefined), then times (utimes; an undefined atime is now,
/// an undefined mtime the atime), stopping at the first error but taking
/// enotsup for success; any bad field is `{error, badarg}`.
static Term writeFileInfo(Process &P, Term Name, Term Info, Term Opts) {
  if (!Info.isTuple() || Info.tupleArity() != 14 || Info.tupleElement(0) != internAtom("file_info"))
    return P.raiseErrorTuple(internAtom("badmatch"), Info);
  Term Undefined = internAtom("undefined");
  std::optional<Term> Unit = timeUnit(Opts);
  if (!Unit)
    return badargError(P);
  // A time field as seconds since the epoch, or nothing for a bad one.
  auto Seconds = [&](Term T) -> std::optional<std::time_t> {
    if (*Unit == internAtom("posix"))
      return T.isSmall() ? std::optional<std::time_t>(T.smallValue()) : std::nullopt;
    std::optional<std::tm> Tm = dateTimeOf(T);
    if (!Tm)
      return std::nullopt;
    if (*Unit == internAtom("universal"))
      return timegm(&*Tm);
    Tm->tm_isdst = -1;
    return fromLocalTime(*Tm);
  };
  Term ATimeT = Info.tupleElement(4), MTimeT = Info.tupleElement(5);
  std::optional<std::time_t> ATime =
      ATimeT == Undefined ? std::optional<std::time_t>(std::time(nullptr)) : Seconds(ATimeT);
  std::optional<std::time_t> MTime = MTimeT == Undefined ? ATime : Seconds(MTimeT);
  Term CTimeT = Info.tupleElement(6);
  std::optional<std::string> Path = nativeText(Name);
  auto IdOf = [&](Term T) -> std::optional<long> {
    if (T == Undefined)
      return -1;
    return T.isSmall() ? std::optional<long>(T.smallValue()) : std::nullopt;
  };
  Term ModeT = Info.tupleElement(7);
  std::optional<long> Uid = IdOf(Info.tupleElement(12)), Gid = IdOf(Info.tupleElement(13));
  if (!ATime || !MTime || (CTimeT != Undefined && !Seconds(CTimeT)) || !Path || !Uid || !Gid ||
      (ModeT != Undefined && !ModeT.isSmall()))
    return badargError(P);
  auto Failed = [](int R) { return R != 0 && errno != ENOTSUP; };
  if (Failed(::chown(Path->c_str(), uid_t(*Uid), gid_t(*Gid))))
    return posixError(P, errno);
  if (ModeT != Undefined && Failed(::chmod(Path->c_str(), mode_t(ModeT.smallValue()))))
    return posixError(P, errno);
  timeval Times[2] = {{*ATime, 0}, {*MTime, 0}};
  if (Failed(::utimes(Path->c_str(), Times)))
    return posixError(P, errno);
  return ok();
}

Term prim_file_write_file_info_2(Process &P, const Term *Args) {
  return writeFileInfo(P, Args[0], Args[1], Term::nil());
}
Term prim_file_write_file_info_3(Process &P, const Term *Args) {
  return writeFileInfo(P, Args[0], Args[1], Args[2]);
}

/// altname/1 is for Windows short names.
Term prim_file_altname_1(Process &P, const Term *) {
  return errorTuple(P, internAtom("enotsup"));
}

} // namespace beamr::bifs
