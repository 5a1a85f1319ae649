#pragma once
// Dermal stiffness and the Cutometer's elasticity ratios from the matrix (docs/model.md 7.4).
//
// Young's modulus, a fibre composite (rule of mixtures with Krenchel's orientation factor; the
// constituents' moduli from single-fibre measurements):
//   E = E_gs + phi_el E_el + kappa eta phi_lb E_fib exp(k_x x),
//   phi = concentration / protein density,
//   phi_lb = (X1 + w_imm (C1 - X1) + w_3 (X3 + w_imm (C3 - X3))) / rho_p
// with X the crosslinked collagen I, x the glycation crosslinks (x_age = age / glycation_age,
// diluted by new collagen: x = x_age min(1, C1_rest / C1)) and eta, the share of fibrils taut
// at the test's strain, fixed so that a young adult's dermis has youngs_modulus_young.
//
// Suction test (Cutometer mode 1, 2 s on / 2 s off): a Burgers body (spring E1, Kelvin element
// E2 with time constant tau, dashpot eta_f) under a pressure step; by Boltzmann superposition,
// with alpha = E1/E2, beta = E1 T_on / eta_f, g(t) = 1 - exp(-t / tau):
//   R7 = Ur/Uf = (1 + alpha g(T_on) g(t_r)) / (1 + alpha g(T_on) + beta)
//   R2 = Ua/Uf = (1 + alpha g(T_on) g(T_off)) / (1 + alpha g(T_on) + beta).
// alpha and beta rise as the fibre network degrades: alpha = alpha0 + alpha1 (1 - q), the same
// for beta, with q = psi C_lb / C_lb,young the network's quality: psi the functional
// share of the elastic material (fibres / (fibres + elastotic material)) times the load-bearing
// collagen relative to a young adult's.
#include <vector>

#include "dermasim/outcomes/outcome_parameters.hpp"

namespace dermasim::outcomes {

/// The matrix the mechanics read (window means, mg/cm^3).
struct Matrix {
  double collagen_i = 0, collagen_i_crosslinked = 0, collagen_iii = 0;
  double elastic_fibres = 0, elastotic_material = 0;
  double collagen_iii_crosslinked = 0;
};

struct Mechanics {
  double youngs_modulus = 0;  // Pa
  double r2 = 0, r7 = 0;      // 1
};

class MechanicsModel {
 public:
  /// `rest` is this person's resting matrix, `young` the same skin's at the reference age.
  MechanicsModel(const OutcomeParameters& p, double age, const Matrix& rest, const Matrix& young);
  Mechanics read(const Matrix& now) const;

 private:
  double load_bearing(const Matrix& m) const;

  OutcomeParameters p_;
  double glycation_ = 0;  // x_age
  Matrix rest_, young_;
  double eta_ = 0;
};

}  // namespace dermasim::outcomes
