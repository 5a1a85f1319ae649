#include "dermasim/transport/transport_parameters.hpp"

namespace dermasim::transport {

std::vector<parameters::ParameterInfo> transport_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      {"capillary_clearance_rate", "1/h", 1.8, 0.36, 3.6,
       "first-order uptake of a small solute by the capillaries of the papillary dermis",
       kAssume + "between the permeability-surface product (1e-5 cm/s over 1-2 cm2 of capillary "
                 "wall per cm2 of skin, 0.2 mm of papillary dermis) and the flow limit (skin "
                 "blood flow 0.05 mL/min/g); models of dermal clearance: Ibrahim R, Nitsche JM, "
                 "Kasting GB. J Pharm Sci 2012;101:2094",
       "the upper end the permeability-surface product with 2 cm2 of wall per cm2 (3.6/h), the "
       "lower a fifth of it with 1 cm2 (assumption)"},
      {"lymphatic_clearance_rate", "1/h", 0.036, 0.011, 0.11,
       "uptake of any solute by the lymphatics (the route of proteins and polysaccharides)",
       kAssume + "intradermal proteins leave with a half-life of about a day",
       "assumption: a third to three times the value, half-lives of 6 h to 2.6 days"},
      {"capillary_pore_radius", "nm", 4.5, 4.0, 5.0,
       "radius of the small pores of the capillary wall (Renkin restriction of large solutes)",
       "the two-pore theory of capillary exchange (Rippe B, Haraldsson B. Physiol Rev "
       "1994;74:163: small pores 4-5 nm); Renkin EM. J Gen Physiol 1954;38:225 for the "
       "restriction",
       "the small pores of the two-pore theory, 4-5 nm (Rippe & Haraldsson 1994)"},
      {"ion_permeability_ratio", "1", 0.01, 0.001, 0.1,
       "lipid-route permeability of the ionized form of an active relative to its neutral form "
       "(the aqueous pore route is open to both)",
       kAssume + "ions cross the lipids orders of magnitude more slowly (Potts-Guy applies to the "
                 "neutral species; Zhang K, Abraham MH, Liu X. Int J Pharm 2017;521:259)",
       "assumption: a decade either side of the value"},
      {"sc_pore_radius", "nm", 2.0, 1.5, 2.5,
       "effective radius of the aqueous pores of intact stratum corneum (the polar route; Renkin "
       "hindrance of the solute)",
       "hindered diffusion of urea, mannitol, sucrose and raffinose through human epidermal "
       "membrane: effective pore radii 15-25 Angstrom (Peck KD, Ghanem AH, Higuchi WI. Pharm Res "
       "1994;11:1306); the pore pathway of Mitragotri S. J Control Release 2003;86:69",
       "Peck 1994's effective pore radii, 15-25 Angstrom"},
      {"sc_pore_porosity_tortuosity", "1", 1.1e-6, 3e-7, 1e-5,
       "porosity over tortuosity of those pores: kp_pore = (this) D_aq H(r / r_pore) / h_sc",
       kAssume +
           "calibrated so that mannitol (182 Da, log P -3.1; it crosses by a polar route: Barry BW "
           "et al. J Pharm Pharmacol 1987;39:535) has kp = 1e-5 cm/h through 15 um of stratum "
           "corneum with 2 nm pores; 1e-5 cm/h is the permeability of polar solutes above 150 Da "
           "in Flynn GL 1990 (in Principles of Route-to-Route Extrapolation for Risk Assessment, "
           "Elsevier) and the polar term 1.5e-4 MW^-0.5 cm/h of Robinson's model (Wilschut A et "
           "al. Chemosphere 1995;30:1275) at 180 Da (both recalled, not re-read)",
       "assumption: a mannitol kp of 3e-6 to 1e-4 cm/h, about a third to ten times the 1e-5 cm/h "
       "it is calibrated to"},
      {"rat_skin_permeability_factor", "1", 10.0, 3.0, 40.0,
       "permeability of excised rat skin's intact stratum corneum relative to human skin's (both "
       "routes; Franz cells with skin = \"rat\")",
       "in vitro rat over human skin: 1.7-5.8, mean 3.1, for eight chemicals including water "
       "and urea (Barber ED et al. Fundam Appl Toxicol 1992;19:493, "
       "doi:10.1016/0272-0590(92)90086-W; authors, volume and pages recalled); a mean of 10.9 "
       "over lipophilic and hydrophilic substances (van Ravenzwaay B, Leibold E. Hum Exp "
       "Toxicol 2004;23:421); 40 for the divalent cation paraquat through haired rat skin, water "
       "within 4.8 across species (Int J Cosmet Sci 1986;8:189, "
       "doi:10.1111/j.1467-2494.1986.tb00446.x; recalled as Scott RC et al.); 10, the central "
       "value, for a slow polar solute such as L-ascorbic acid",
       "from about Barber 1992's mean, 3.1, to the 40 of paraquat (Int J Cosmet Sci 1986)"},
      {"dermis_hindrance", "1", 0.28, 0.1, 0.6,
       "diffusivity in viable tissue over the aqueous one for solutes above 1 kDa, small-size "
       "limit",
       "the ratio of the Kretsos correlation to Stokes-Einstein for small solutes (Kretsos K, "
       "Miller MA, Zamora-Estrada G, Kasting GB. Int J Pharm 2008;346:64); assumption that it "
       "carries over to macromolecules",
       "assumption: 0.1-0.6 around the small-solute ratio of Kretsos 2008"},
      {"dermis_hindrance_radius", "nm", 5.0, 2.0, 20.0,
       "radius over which the hindrance of large solutes in the dermis falls by e",
       kAssume + "the interfibrillar spacing of dermal collagen and proteoglycans; to calibrate "
                 "against FITC-dextran diffusion in dermis",
       "assumption: 2-20 nm, 0.4 to 4 times the value (no dextran diffusion data were used)"},
      {"macromolecule_partition", "1", 0.3, 0.1, 0.5,
       "viable tissue / water partition of solutes above 1 kDa (their available volume)",
       kAssume + "the interstitial volume open to large solutes",
       "assumption: 0.1-0.5, a third to 1.7 times the value"},
      {"channel_recoil", "1", 0.5, 0.36, 0.65,
       "radius of a needle channel just after withdrawal relative to the needle's",
       "Kalluri H, Kolli CS, Banga AK. AAPS J 2011;13:473 (70.7 um surface diameter for 140 um "
       "needle bases: 0.5)",
       "+/- 2 SD of Kalluri 2011's 70.7 +/- 9.9 um channels at the surface over the 140 um needle "
       "base"},
      {"occlusion_closure_slowdown", "1", 15.0, 5.0, 30.0,
       "factor by which occlusion slows the re-closure of the epidermis over a channel",
       "Gupta J et al. J Control Release 2011;154:148 (unoccluded pores reseal within 2 h, "
       "occluded ones over days); occluded micropore half-life 20-26 h (Brogden group, "
       "PMC8259462) against the healing model's 1.4 h unoccluded",
       "assumption: around the 14-19 that the occluded half-lives of 20-26 h give against the "
       "model's 1.4 h unoccluded, wider because the unoccluded half-life is itself uncertain"},
      {"vehicle_density", "g/mL", 1.0, 0.9, 1.2,
       "density of the serum (its film thickness is the dose over the density)",
       kAssume + "aqueous serums",
       "assumption: from oily (0.9) to dense aqueous serums (1.2 g/mL)"},
  };
}

TransportParameters TransportParameters::from(const parameters::ParameterSet& p) {
  TransportParameters t;
  t.capillary_clearance = p.si("capillary_clearance_rate");
  t.lymphatic_clearance = p.si("lymphatic_clearance_rate");
  t.capillary_pore_radius = p.si("capillary_pore_radius");
  t.ion_permeability_ratio = p.si("ion_permeability_ratio");
  t.sc_pore_radius = p.si("sc_pore_radius");
  t.sc_pore_porosity_tortuosity = p.si("sc_pore_porosity_tortuosity");
  t.rat_skin_permeability_factor = p.si("rat_skin_permeability_factor");
  t.dermis_hindrance = p.si("dermis_hindrance");
  t.dermis_hindrance_radius = p.si("dermis_hindrance_radius");
  t.macromolecule_partition = p.si("macromolecule_partition");
  t.channel_recoil = p.si("channel_recoil");
  t.occlusion_closure_slowdown = p.si("occlusion_closure_slowdown");
  t.vehicle_density = p.si("vehicle_density");
  return t;
}

}  // namespace dermasim::transport
