#pragma once
// The sparsity of a kinetics' Jacobian, and the two things the stiff integrator does with it:
//  - a finite-difference Jacobian that perturbs several species at once: columns that share no
//    row are one colour and cost one rate evaluation together (Curtis, Powell & Reid 1974,
//    IMA J Appl Math 13:117), found by greedy colouring;
//  - a block lower-triangular order of the species, the strongly connected components of the
//    dependency graph in topological order (Tarjan 1972, SIAM J Comput 1:146): W = I - g h J is
//    then factored one diagonal block at a time and solved by block forward substitution.
// A kinetics with no declared dependencies is dense: one block, one colour per column.
#include <array>
#include <vector>

#include "dermasim/numerics/kinetics.hpp"

namespace dermasim::numerics {

class JacobianStructure {
 public:
  /// Dense structure of n species.
  static JacobianStructure dense(int n);
  /// From dependencies[r] = the columns rate r reads (duplicates and r itself are allowed).
  /// Throws std::invalid_argument on an index outside [0, n).
  static JacobianStructure from_dependencies(int n, const std::vector<std::vector<int>>& deps);
  /// The structure a kinetics declares (dense when it declares none).
  static JacobianStructure of(const Kinetics& kinetics);

  int size() const { return n_; }
  bool is_dense() const { return dense_; }
  /// Rate evaluations a finite-difference Jacobian costs, beyond the unperturbed one.
  int colours() const { return int(colour_columns_.size()); }
  /// Diagonal blocks of the species order (their count; the largest).
  int blocks() const { return int(block_start_.size()) - 1; }
  int largest_block() const;
  /// True when rate r may depend on species c.
  bool depends(int r, int c) const { return pattern_[std::size_t(r * n_ + c)] != 0; }
  /// Entries of the pattern (their count), the size of a packed Jacobian.
  int nonzeros() const { return int(entries_.size()); }
  /// A Jacobian (row-major n x n, only the pattern's entries read) packed into nonzeros() floats,
  /// and back (only the pattern's entries written): what a caller keeps between integrations.
  void pack(const double* jac, float* packed) const;
  void unpack(const float* packed, double* jac) const;

  /// Forward-difference Jacobian (row-major n x n, original species order; only the entries of
  /// the pattern are written), given f0 = rates(t, u). Each column's step is sqrt(eps) max(|u_c|,
  /// 1) (Dennis & Schnabel 1983).
  void finite_difference(const Kinetics& kinetics, double t, const double* u, const double* f0,
                         double* jac, const VoxelInfo& where) const;

 private:
  friend class BlockTriangularLu;
  int n_ = 0;
  bool dense_ = true;
  std::vector<char> pattern_;                     // n x n, row-major
  std::vector<int> entries_;                      // r*n + c of every pattern entry
  std::vector<std::vector<int>> colour_columns_;  // columns perturbed together
  std::vector<std::vector<int>> rows_of_column_;  // nonzero rows of each column
  std::vector<int> order_;                        // position p holds species order_[p]
  std::vector<int> block_start_;                  // blocks in position order, size blocks+1
  // Per position p, the entries of its row left of its block (CSR: below_start_[p] ..
  // below_start_[p+1]): their positions and their index r*n + c in the original Jacobian.
  std::vector<int> below_start_, below_position_, below_jacobian_index_;
  std::vector<int> diagonal_jacobian_index_;  // per position: r*n + r
  // Blocks of more than one species are factored densely: each at dense_offset_[b] in a buffer,
  // filled from its entries (local row * size + local column, original Jacobian index).
  std::vector<int> dense_offset_;
  std::vector<std::vector<std::pair<int, int>>> block_entries_;
};

/// LU of W = I - gh J in the block order of a JacobianStructure, with partial pivoting inside
/// each diagonal block; everything lives on the stack (n <= kMaxKineticSpecies).
class BlockTriangularLu {
 public:
  /// Factors I - gh * jac (jac row-major, original order; only the entries of the pattern are
  /// read). ok() is false for a singular block.
  BlockTriangularLu(const JacobianStructure& s, const double* jac, double gh);
  bool ok() const { return ok_; }
  /// Solves W x = b in place (original species order).
  void solve(double* b) const;

 private:
  const JacobianStructure& s_;
  // No zero fill of these buffers: only what the structure names is written, then read.
  std::array<double, kMaxKineticSpecies * kMaxKineticSpecies> below_;  // -gh J left of blocks
  std::array<double, kMaxKineticSpecies * kMaxKineticSpecies> dense_;  // LU of the large blocks
  std::array<double, kMaxKineticSpecies> inverse_diagonal_;            // of U: solves multiply
  std::array<int, kMaxKineticSpecies> pivot_;                          // local row swaps
  bool ok_ = true;
};

}  // namespace dermasim::numerics
