#include "dermasim/injury/injury_section.hpp"

namespace dermasim::injury {

InjurySection most_injured_section(const InjuryField& f) {
  const grid::Grid3D& g = f.grid;
  InjurySection s;
  s.nx = g.nx;
  s.nz = g.nz;
  if (f.damaged_fraction.size() != g.size()) return s;
  double best = -1;
  for (int j = 0; j < g.ny; ++j) {
    double sum = 0;
    for (int k = 0; k < g.nz; ++k)
      for (int i = 0; i < g.nx; ++i) sum += f.damaged_fraction[g.index(i, j, k)];
    if (sum > best) best = sum, s.j = j;
  }
  s.damaged.reserve(std::size_t(g.nx) * std::size_t(g.nz));
  for (int k = 0; k < g.nz; ++k)
    for (int i = 0; i < g.nx; ++i) s.damaged.push_back(f.damaged_fraction[g.index(i, s.j, k)]);
  return s;
}

}  // namespace dermasim::injury
