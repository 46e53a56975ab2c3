//===- lib/Runtime/IoServer.cpp - The native text encoding ----------------===//
///
/// \file
/// The locale's native encoding and command-line text read in it.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/IoServer.h"

#include "BifSupport.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/ProcessTable.h"

#include <cctype>
#include <cstdlib>
#include <string>

using namespace beamr;

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
