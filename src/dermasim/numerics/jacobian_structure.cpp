#include "dermasim/numerics/jacobian_structure.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace dermasim::numerics {

namespace {

/// Strongly connected components of "r reads c", each emitted after every component it reads
/// (Tarjan's algorithm emits components in reverse topological order of the reachability DAG,
/// which for "reads" edges is dependencies first).
std::vector<std::vector<int>> components_dependencies_first(int n, const std::vector<char>& pat) {
  std::vector<int> index(std::size_t(n), -1), low(std::size_t(n), 0), stack;
  std::vector<char> on_stack(std::size_t(n), 0);
  std::vector<std::vector<int>> out;
  int counter = 0;
  std::function<void(int)> visit = [&](int v) {
    index[std::size_t(v)] = low[std::size_t(v)] = counter++;
    stack.push_back(v);
    on_stack[std::size_t(v)] = 1;
    for (int w = 0; w < n; ++w) {
      if (w == v || !pat[std::size_t(v * n + w)]) continue;
      if (index[std::size_t(w)] < 0) {
        visit(w);
        low[std::size_t(v)] = std::min(low[std::size_t(v)], low[std::size_t(w)]);
      } else if (on_stack[std::size_t(w)]) {
        low[std::size_t(v)] = std::min(low[std::size_t(v)], index[std::size_t(w)]);
      }
    }
    if (low[std::size_t(v)] == index[std::size_t(v)]) {
      std::vector<int> comp;
      int w = -1;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[std::size_t(w)] = 0;
        comp.push_back(w);
      } while (w != v);
      std::sort(comp.begin(), comp.end());
      out.push_back(std::move(comp));
    }
  };
  for (int v = 0; v < n; ++v)
    if (index[std::size_t(v)] < 0) visit(v);
  return out;
}

}  // namespace

JacobianStructure JacobianStructure::dense(int n) {
  std::vector<std::vector<int>> all(static_cast<std::size_t>(n));
  for (auto& row : all) {
    row.resize(std::size_t(n));
    std::iota(row.begin(), row.end(), 0);
  }
  JacobianStructure s = from_dependencies(n, all);
  s.dense_ = true;
  return s;
}

JacobianStructure JacobianStructure::of(const Kinetics& kinetics) {
  const auto deps = kinetics.dependencies();
  return deps.empty() ? dense(kinetics.species()) : from_dependencies(kinetics.species(), deps);
}

JacobianStructure JacobianStructure::from_dependencies(int n,
                                                       const std::vector<std::vector<int>>& deps) {
  if (n < 1 || n > kMaxKineticSpecies)
    throw std::invalid_argument("a Jacobian structure needs 1 to kMaxKineticSpecies species");
  if (int(deps.size()) != n) throw std::invalid_argument("dependencies need one list per species");
  JacobianStructure s;
  s.n_ = n;
  s.dense_ = false;
  s.pattern_.assign(std::size_t(n * n), 0);
  for (int r = 0; r < n; ++r) {
    s.pattern_[std::size_t(r * n + r)] = 1;  // the diagonal of W is always there
    for (int c : deps[std::size_t(r)]) {
      if (c < 0 || c >= n) throw std::invalid_argument("a dependency names no species");
      s.pattern_[std::size_t(r * n + c)] = 1;
    }
  }
  for (int e = 0; e < n * n; ++e)
    if (s.pattern_[std::size_t(e)]) s.entries_.push_back(e);
  s.rows_of_column_.assign(std::size_t(n), {});
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < n; ++c)
      if (s.depends(r, c)) s.rows_of_column_[std::size_t(c)].push_back(r);

  // Greedy colouring, densest columns first: a column joins the first colour none of whose
  // columns shares a row with it.
  std::vector<int> by_degree(static_cast<std::size_t>(n));
  std::iota(by_degree.begin(), by_degree.end(), 0);
  std::stable_sort(by_degree.begin(), by_degree.end(), [&](int a, int b) {
    return s.rows_of_column_[std::size_t(a)].size() > s.rows_of_column_[std::size_t(b)].size();
  });
  std::vector<std::vector<char>> rows_taken;  // per colour: rows already covered
  for (int c : by_degree) {
    std::size_t colour = 0;
    for (; colour < rows_taken.size(); ++colour) {
      bool clash = false;
      for (int r : s.rows_of_column_[std::size_t(c)])
        clash = clash || rows_taken[colour][std::size_t(r)];
      if (!clash) break;
    }
    if (colour == rows_taken.size()) {
      rows_taken.emplace_back(std::size_t(n), 0);
      s.colour_columns_.emplace_back();
    }
    s.colour_columns_[colour].push_back(c);
    for (int r : s.rows_of_column_[std::size_t(c)]) rows_taken[colour][std::size_t(r)] = 1;
  }

  // Block lower-triangular order.
  s.block_start_.push_back(0);
  for (const auto& comp : components_dependencies_first(n, s.pattern_)) {
    for (int v : comp) s.order_.push_back(v);
    s.block_start_.push_back(int(s.order_.size()));
  }
  s.below_start_.push_back(0);
  int dense_size = 0;
  for (int blk = 0; blk + 1 < int(s.block_start_.size()); ++blk) {
    const int b0 = s.block_start_[std::size_t(blk)], b1 = s.block_start_[std::size_t(blk + 1)];
    const int size = b1 - b0;
    s.dense_offset_.push_back(dense_size);
    s.block_entries_.emplace_back();
    if (size > 1) dense_size += size * size;
    for (int p = b0; p < b1; ++p) {
      const int r = s.order_[std::size_t(p)];
      for (int q = 0; q < b0; ++q)
        if (s.depends(r, s.order_[std::size_t(q)])) {
          s.below_position_.push_back(q);
          s.below_jacobian_index_.push_back(r * n + s.order_[std::size_t(q)]);
        }
      s.below_start_.push_back(int(s.below_position_.size()));
      s.diagonal_jacobian_index_.push_back(r * n + r);
      if (size > 1)
        for (int q = b0; q < b1; ++q)
          if (s.depends(r, s.order_[std::size_t(q)]))
            s.block_entries_.back().emplace_back((p - b0) * size + (q - b0),
                                                 r * n + s.order_[std::size_t(q)]);
    }
  }
  return s;
}

int JacobianStructure::largest_block() const {
  int largest = 0;
  for (std::size_t b = 0; b + 1 < block_start_.size(); ++b)
    largest = std::max(largest, block_start_[b + 1] - block_start_[b]);
  return largest;
}

void JacobianStructure::finite_difference(const Kinetics& kinetics, double t, const double* u,
                                          const double* f0, double* jac,
                                          const VoxelInfo& where) const {
  std::array<double, kMaxKineticSpecies> shifted, f1, step;
  std::copy(u, u + n_, shifted.begin());
  for (const auto& columns : colour_columns_) {
    for (int c : columns) {
      step[std::size_t(c)] = 1.4901161193847656e-08 * std::max(std::abs(u[c]), 1.0);
      shifted[std::size_t(c)] = u[c] + step[std::size_t(c)];
    }
    kinetics.rates(t, shifted.data(), f1.data(), where);
    for (int c : columns) {
      // The step actually taken, after rounding of u + h (Dennis & Schnabel 1983, sec. 5.4).
      const double h = shifted[std::size_t(c)] - u[c];
      for (int r : rows_of_column_[std::size_t(c)])
        jac[r * n_ + c] = (f1[std::size_t(r)] - f0[r]) / h;
      shifted[std::size_t(c)] = u[c];
    }
  }
}

void JacobianStructure::pack(const double* jac, float* packed) const {
  for (std::size_t e = 0; e < entries_.size(); ++e)
    packed[e] = static_cast<float>(jac[entries_[e]]);
}

void JacobianStructure::unpack(const float* packed, double* jac) const {
  for (std::size_t e = 0; e < entries_.size(); ++e) jac[entries_[e]] = double(packed[e]);
}

BlockTriangularLu::BlockTriangularLu(const JacobianStructure& s, const double* jac, double gh)
    : s_(s) {
  const int* below_index = s.below_jacobian_index_.data();
  const int nb = int(s.below_position_.size());
  for (int e = 0; e < nb; ++e) below_[std::size_t(e)] = -gh * jac[below_index[e]];
  for (int blk = 0; blk + 1 < int(s.block_start_.size()); ++blk) {
    const int b0 = s.block_start_[std::size_t(blk)],
              size = s.block_start_[std::size_t(blk + 1)] - b0;
    if (size == 1) {  // most blocks are one species: no pivoting to do
      const double d = 1.0 - gh * jac[s.diagonal_jacobian_index_[std::size_t(b0)]];
      if (d == 0.0) ok_ = false;
      inverse_diagonal_[std::size_t(b0)] = 1.0 / d;
      continue;
    }
    double* a = dense_.data() + s.dense_offset_[std::size_t(blk)];
    std::fill(a, a + size * size, 0.0);
    for (int i = 0; i < size; ++i) a[i * size + i] = 1.0;
    for (const auto& [local, index] : s.block_entries_[std::size_t(blk)])
      a[local] -= gh * jac[index];
    // Partial pivoting inside the block: the entries left of the block stay with their rows
    // (they act before the block is solved); the swaps are replayed on the right-hand side.
    for (int c = 0; c < size; ++c) {
      int piv = c;
      for (int r = c + 1; r < size; ++r)
        if (std::abs(a[r * size + c]) > std::abs(a[piv * size + c])) piv = r;
      pivot_[std::size_t(b0 + c)] = piv;
      if (a[piv * size + c] == 0.0) {
        ok_ = false;
        return;
      }
      if (piv != c)
        for (int q = 0; q < size; ++q) std::swap(a[piv * size + q], a[c * size + q]);
      const double inv = 1.0 / a[c * size + c];
      inverse_diagonal_[std::size_t(b0 + c)] = inv;
      for (int r = c + 1; r < size; ++r) {
        double& l = a[r * size + c];
        if (l == 0.0) continue;
        l *= inv;
        for (int q = c + 1; q < size; ++q) a[r * size + q] -= l * a[c * size + q];
      }
    }
  }
}

void BlockTriangularLu::solve(double* b) const {
  const int n = s_.n_;
  const int* order = s_.order_.data();
  const int* below_start = s_.below_start_.data();
  const int* below_pos = s_.below_position_.data();
  const int* block_start = s_.block_start_.data();
  const int blocks = int(s_.block_start_.size()) - 1;
  std::array<double, kMaxKineticSpecies> x;
  for (int p = 0; p < n; ++p) x[std::size_t(p)] = b[order[p]];
  for (int blk = 0; blk < blocks; ++blk) {
    const int b0 = block_start[blk], b1 = block_start[blk + 1];
    for (int p = b0; p < b1; ++p) {
      double sum = x[std::size_t(p)];
      for (int e = below_start[p]; e < below_start[p + 1]; ++e)
        sum -= below_[std::size_t(e)] * x[std::size_t(below_pos[e])];
      x[std::size_t(p)] = sum;
    }
    const int size = b1 - b0;
    if (size == 1) {
      x[std::size_t(b0)] *= inverse_diagonal_[std::size_t(b0)];
      continue;
    }
    const double* a = dense_.data() + s_.dense_offset_[std::size_t(blk)];
    double* y = x.data() + b0;
    for (int c = 0; c < size; ++c) std::swap(y[c], y[pivot_[std::size_t(b0 + c)]]);
    for (int r = 1; r < size; ++r)
      for (int q = 0; q < r; ++q) y[r] -= a[r * size + q] * y[q];
    for (int r = size - 1; r >= 0; --r) {
      double sum = y[r];
      for (int q = r + 1; q < size; ++q) sum -= a[r * size + q] * y[q];
      y[r] = sum * inverse_diagonal_[std::size_t(b0 + r)];
    }
  }
  for (int p = 0; p < n; ++p) b[order[p]] = x[std::size_t(p)];
}

}  // namespace dermasim::numerics
