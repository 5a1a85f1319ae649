#pragma once
// From an active's molecular weight, lipophilicity, charge and size to its diffusivity and
// partition coefficient in each layer and its clearance (docs/model.md 8.2):
//  - stratum corneum: two routes in parallel, kp = kp_lipid + kp_pore (none for macromolecules):
//    the lipid route by Potts & Guy 1992 (Pharm Res 9:663),
//      log10 kp_lipid [cm/s] = -6.3 + 0.71 log10 K_ow - 0.0061 MW,
//    for the neutral form (ions at ion_permeability_ratio of it), and the aqueous pore route
//    open to neutral and ionised molecules alike (the pore pathway of Mitragotri 2003, J Control
//    Release 86:69; pore radius of Peck et al. 1994, Pharm Res 11:1306),
//      kp_pore = (epsilon / tau) D_aq H(r / r_pore) / h_sc, H the Renkin hindrance below;
//    the partition by Nitsche, Wang & Kasting 2006 (J Pharm Sci 95:649),
//      K_sc = 0.1867 (1.37) 4.2 K^0.31 + 0.0316 (0.90) K^0.69 + 0.7817,
//    with K the distribution coefficient at the vehicle's pH, and D_sc = kp h_sc / K_sc;
//    on rat skin (Franz) both routes are rat_skin_permeability_factor times faster;
//  - viable epidermis and dermis: Kretsos et al. 2008 (Int J Pharm 346:64), binding
//    B = 0.68 + 0.32 / f_u + 0.025 f_n K^0.7 (f_u = 1), K = 0.7 B, D = 10^-8.15 MW^-0.655 / B
//    m^2/s up to 1 kDa; above it D = D_aq h exp(-r / r_h) and K = K_macro;
//  - clearance from the papillary dermis: k = k_cap Phi(r / r_pore) + k_lymph with the Renkin
//    restriction Phi(l) = (1 - l)^2 (1 - 2.104 l + 2.09 l^3 - 0.95 l^5) (Renkin 1954).
#include "dermasim/transport/actives.hpp"
#include "dermasim/transport/serum_spec.hpp"
#include "dermasim/transport/transport_parameters.hpp"

namespace dermasim::transport {

struct LayerTransport {
  double diffusivity = 0;  // m^2/s
  double partition = 1;    // tissue / vehicle (water), 1
};

struct Coefficients {
  LayerTransport vehicle, stratum_corneum, viable_epidermis, dermis, channel;
  double permeability_sc = 0;         // m/s, kp of the intact stratum corneum (both routes)
  double permeability_sc_lipid = 0;   // m/s, its lipid route (neutral and ion-pair shares)
  double permeability_sc_pore = 0;    // m/s, its aqueous pore route
  double permeability_sc_factor = 1;  // the species' factor on both routes (human 1)
  double clearance = 0;               // 1/s in the papillary dermis
  double radius = 0;                  // m, the solute's (hydrodynamic or from its volume)
};

/// The solute's radius: its hydrodynamic radius, or from its molecular volume
/// V = 0.9087 MW Angstrom^3 (Mitragotri S. J Pharm Sci 2002;91:744): r = 0.601 MW^(1/3) A.
double solute_radius(const Active& a);
/// Stokes-Einstein at 32 C in water (viscosity 0.765 mPa s).
double stokes_einstein(double radius);
/// The Renkin restriction of a solute of radius r through pores of radius r_pore.
double renkin_restriction(double r, double r_pore);
/// Potts-Guy permeability of the neutral form through the stratum corneum's lipids, m/s.
double lipid_permeability(const Active& a);
/// The aqueous pore route through a stratum corneum `sc_thickness` thick, m/s, for a solute of
/// that radius and aqueous diffusivity.
double pore_permeability(double radius, double aqueous_diffusivity, double sc_thickness,
                         const TransportParameters& p);

/// The coefficients of `a` through skin whose stratum corneum is `sc_thickness` thick; on rat
/// skin the intact stratum corneum's two routes are rat_skin_permeability_factor times faster.
Coefficients coefficients(const Active& a, double sc_thickness, const TransportParameters& p,
                          SkinSpecies skin = SkinSpecies::human);

}  // namespace dermasim::transport
