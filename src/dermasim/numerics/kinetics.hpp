#pragma once
// Local kinetics: du/dt = R(u, x, t) at one voxel, for the species a model declares. The engine
// integrates it; the biology (or a test) provides it.
#include <cstddef>
#include <vector>

namespace dermasim::numerics {

/// Where a voxel is, for kinetics that depend on position (layer, injury, a manufactured source).
struct VoxelInfo {
  int i = 0, j = 0, k = 0;
  double x = 0, y = 0, z = 0;  // centre (m)
  std::size_t index = 0;       // linear index in the grid
};

/// Thread safety: the engine calls rates() and jacobian() from several threads at once, one
/// voxel per call; implementations must not modify shared state.
class Kinetics {
 public:
  virtual ~Kinetics() = default;
  virtual int species() const = 0;
  /// dudt = R(t, u) at one voxel.
  virtual void rates(double t, const double* u, double* dudt, const VoxelInfo& where) const = 0;
  /// Jacobian dR/du, row-major n x n. The default uses forward differences; override when an
  /// analytic form is at hand.
  virtual void jacobian(double t, const double* u, double* jac, const VoxelInfo& where) const;
  /// True when jacobian() is analytic. Otherwise the stiff integrator differentiates rates()
  /// itself, perturbing together the species that dependencies() says share no rate.
  virtual bool analytic_jacobian() const { return false; }
  /// dependencies()[r] lists every species c with dR_r/du_c possibly nonzero (a superset is
  /// fine). Empty (the default) means dense. With it the integrator colours its
  /// finite-difference Jacobian and factors W block-triangularly (jacobian_structure.hpp). A
  /// missing entry would make the Jacobian wrong; the integrators are W-methods, so they keep
  /// their order, but a model's tests should check the list against finite differences.
  virtual std::vector<std::vector<int>> dependencies() const { return {}; }
  /// Kinetics whose flow over dt is known in closed form (linear with constant rates, say)
  /// return true and advance u exactly; the engine then skips the stiff integrator.
  virtual bool exact_flow(double /*t*/, double /*dt*/, double* /*u*/,
                          const VoxelInfo& /*where*/) const {
    return false;
  }
  /// True when exact_flow() is implemented (asked once per step, not per voxel).
  virtual bool has_exact_flow() const { return false; }
  /// False when R depends on t explicitly; the integrators then add dR/dt (forward difference).
  virtual bool autonomous() const { return true; }
};

/// Largest species count a voxel's Jacobian may have (the Rosenbrock matrices live on the stack).
inline constexpr int kMaxKineticSpecies = 48;

}  // namespace dermasim::numerics
