//===- lib/Runtime/Signals.cpp - Monitor lists ----------------------------===//
///
/// \file
/// `MonitorList`: ordered monitors with O(1) removal by reference once a list
/// is long.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Signals.h"

#include <algorithm>

using namespace beamr;

void MonitorList::add(const MonitorEntry &E) {
  Entries.push_back(E);
  Entries.back().Dead = false;
  ++Live;
  if (Index)
    Index->emplace(E.Ref, Entries.size() - 1);
  else if (Entries.size() >= IndexFrom)
    buildIndex();
}

std::optional<MonitorEntry> MonitorList::take(const RefIds &Ref) {
  std::size_t Slot;
  if (Index) {
    auto It = Index->find(Ref);
    if (It == Index->end())
      return std::nullopt;
    Slot = It->second;
    Index->erase(It);
  } else {
    auto It = std::find_if(Entries.begin(), Entries.end(),
                           [&](const MonitorEntry &E) { return !E.Dead && E.Ref == Ref; });
    if (It == Entries.end())
      return std::nullopt;
    Slot = std::size_t(It - Entries.begin());
  }
  MonitorEntry Taken = Entries[Slot];
  Entries[Slot].Dead = true;
  --Live;
  while (!Entries.empty() && Entries.back().Dead)
    Entries.pop_back();
  if (Entries.size() - Live > Live)
    compact();
  return Taken;
}

std::vector<MonitorEntry> MonitorList::takeAll() {
  compact();
  std::vector<MonitorEntry> All;
  All.swap(Entries);
  Index.reset();
  Live = 0;
  return All;
}

void MonitorList::compact() {
  Entries.erase(std::remove_if(Entries.begin(), Entries.end(),
                               [](const MonitorEntry &E) { return E.Dead; }),
                Entries.end());
  if (Entries.size() >= IndexFrom)
    buildIndex();
  else
    Index.reset();
}

void MonitorList::buildIndex() {
  if (!Index)
    Index = std::make_unique<std::unordered_map<RefIds, std::size_t, RefIdsHash>>();
  Index->clear();
  for (std::size_t K = 0; K < Entries.size(); ++K)
    if (!Entries[K].Dead)
      Index->emplace(Entries[K].Ref, K);
}
