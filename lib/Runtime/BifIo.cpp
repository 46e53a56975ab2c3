//===- lib/Runtime/BifIo.cpp - Native half of the standard IO server ------===//
///
/// \file
/// `beamr_io:put_chars/4` converts character data and writes it to a file
/// descriptor at once (no buffering, so nothing is lost at `halt`);
/// `beamr_io:read_line/0` reads one line of standard input. Only the IO
/// server (lib/Runtime/erlang/beamr_io_server.erl) calls them. Reading
/// blocks the scheduler thread; that is acceptable until IO goes through
/// io_uring (ARCHITECTURE.md, decision 7).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"
#include "beamr/Runtime/ProcessTable.h"

#include "beamr/Term/Printer.h"

#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace beamr;

namespace {
/// Appends code point `C` as the output encoding wants it: UTF-8, or a
/// Latin-1 byte with erl's `\x{HEX}` for characters beyond Latin-1.
void appendChar(std::string &Out, char32_t C, bool UnicodeOut) {
  if (UnicodeOut)
    return appendUtf8(Out, C);
  if (C < 256) {
    Out.push_back(char(C));
    return;
  }
  char Buf[16];
  std::snprintf(Buf, sizeof Buf, "\\x{%X}", unsigned(C));
  Out += Buf;
}

bool appendBinary(std::string &Out, Term Bin, bool UnicodeIn, bool UnicodeOut) {
  auto Bytes = binaryBytes(Bin);
  if (!Bytes)
    return false;
  if (!UnicodeIn) {
    for (unsigned char B : *Bytes)
      appendChar(Out, B, UnicodeOut);
    return true;
  }
  auto Chars = decodeUtf8(*Bytes);
  if (!Chars)
    return false;
  for (char32_t C : *Chars)
    appendChar(Out, C, UnicodeOut);
  return true;
}

/// Appends character data (nested lists of characters and binaries, maybe
/// with a binary tail) to `Out`; false if `Data` is not character data in
/// the input encoding.
bool appendCharData(std::string &Out, Term Data, bool UnicodeIn, bool UnicodeOut) {
  std::vector<Term> Stack{Data};
  char32_t Max = UnicodeIn ? 0x10FFFF : 0xFF;
  while (!Stack.empty()) {
    Term T = Stack.back();
    Stack.pop_back();
    if (T.isNil())
      continue;
    if (T.isBitstring()) {
      if (!appendBinary(Out, T, UnicodeIn, UnicodeOut))
        return false;
      continue;
    }
    if (!T.isCons())
      return false;
    Term H = T.head();
    Stack.push_back(T.tail());
    if (H.isSmall()) {
      SWord C = H.smallValue();
      if (C < 0 || C > SWord(Max) || (UnicodeIn && C >= 0xD800 && C <= 0xDFFF))
        return false;
      appendChar(Out, char32_t(C), UnicodeOut);
    } else if (H.isCons() || H.isNil() || H.isBitstring()) {
      Stack.push_back(H);
    } else {
      return false;
    }
  }
  return true;
}

bool writeAll(int Fd, const std::string &Text) {
  std::lock_guard<std::mutex> G(standardOutputLock());
  std::size_t Done = 0;
  while (Done < Text.size()) {
    ssize_t N = ::write(Fd, Text.data() + Done, Text.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Done += std::size_t(N);
  }
  return true;
}
} // namespace

std::mutex &beamr::standardOutputLock() {
  static std::mutex *Lock = new std::mutex; // Never destroyed: output at exit.
  return *Lock;
}

namespace beamr::bifs {

/// beamr_io:put_chars(Fd, InEncoding, OutEncoding, CharData) -> ok | error
Term beamr_io_put_chars_4(Process &P, const Term *Args) {
  Term Unicode = atomTerm(atoms::Unicode), Latin1 = atomTerm(atoms::Latin1);
  auto IsEnc = [&](Term E) { return E == Unicode || E == Latin1 || E == atomTerm(atoms::Utf8); };
  if (!Args[0].isSmall() || !IsEnc(Args[1]) || !IsEnc(Args[2]))
    return P.badarg();
  std::string Out;
  if (!appendCharData(Out, Args[3], Args[1] != Latin1, Args[2] != Latin1))
    return atomTerm(atoms::Error);
  int Fd = int(Args[0].smallValue());
  if (Fd != 1 && Fd != 2)
    return P.badarg();
  std::fflush(Fd == 1 ? stdout : stderr); // Keep order with native writers.
  return writeAll(Fd, Out) ? atomTerm(atoms::Ok) : atomTerm(atoms::Error);
}

/// beamr_io:read_line() -> binary() | eof: one line of standard input with
/// its newline (the last line may have none).
Term beamr_io_read_line_0(Process &P, const Term *) {
  std::string Line;
  char C;
  for (;;) {
    ssize_t N = ::read(0, &C, 1);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Line.push_back(C);
    if (C == '\n')
      break;
  }
  if (Line.empty())
    return internAtom("eof");
  return makeBinaryTerm(P, Line);
}

/// beamr_io:format_term(Term) -> binary(): the `~w` text of a term, for the
/// IO server's crash reports when io_lib cannot format them.
Term beamr_io_format_term_1(Process &P, const Term *Args) {
  return makeBinaryTerm(P, termToString(Args[0]));
}

/// beamr_boot:daemon(Pid) -> ok: `Pid`'s receive timeouts no longer keep
/// the VM running (Process::Daemon); for the service processes the boot
/// module starts, such as erl_prim_loader, which waits with a six-minute
/// timeout for ever.
Term beamr_boot_daemon_1(Process &P, const Term *Args) {
  Process *Q = Args[0].isLocalPid() ? ProcessTable::get().lookup(Args[0]) : nullptr;
  if (!Q)
    return P.badarg();
  Q->Daemon.store(true, std::memory_order_relaxed);
  return atomTerm(atoms::Ok);
}

/// net_kernel:dflag_unicode_io(Pid): whether the IO server of `Pid` takes
/// unicode requests. Every local IO server does.
Term net_kernel_dflag_unicode_io_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  return atomTerm(atoms::True);
}

} // namespace beamr::bifs
