//===- lib/Runtime/IoServer.cpp - Starting the standard IO server ---------===//
///
/// \file
/// Creates the IO server's process and points crash reports at it.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/IoServer.h"

#include "BifSupport.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/ProcessTable.h"

#include <cctype>
#include <cstdlib>
#include <string>

using namespace beamr;

Term beamr::startIoServer() {
  const ProcessHooks &H = processHooks();
  if (!H.spawn)
    return Term::nil();
  AtomTable &Atoms = AtomTable::get();
  Export &Init = ExportTable::get().entry(*Atoms.intern("beamr_io_server"), *Atoms.intern("init"), 2);
  auto Start = [&](int Fd, const char *Name) {
    Process *Server = ProcessTable::get().create();
    Server->parkRegisters(2);
    Server->X[0] = Term::small(Fd);
    Server->X[1] = *Atoms.intern(Name);
    H.spawn(*Server, Init);
    return Server->Pid;
  };
  Term User = Start(1, "user");
  Start(2, "standard_error");
  setErrorReportSink(User);
  return User;
}

/// Read once, on first use (any thread; a magic static): erl also fixes its
/// native name encoding at start-up, whatever os:putenv changes later.
bool beamr::nativeEncodingIsUtf8() {
  static const bool Utf8 = [] {
    for (const char *Var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
      std::optional<std::string> V = readEnvironment(Var);
      if (!V || V->empty())
        continue;
      std::string L = *V;
      for (char &C : L)
        C = char(std::tolower((unsigned char)C));
      return L.find("utf-8") != std::string::npos || L.find("utf8") != std::string::npos;
    }
    return false;
  }();
  return Utf8;
}

Term beamr::nativeString(Process &P, std::string_view Arg) {
  if (nativeEncodingIsUtf8())
    if (std::optional<std::u32string> Chars = decodeUtf8(Arg))
      return makeCodePointList(P, *Chars);
  return makeByteListTerm(P, Arg);
}
