#include "dermasim/actives/pharmacodynamic_parameters.hpp"

namespace dermasim::actives {

// Molar concentrations are converted with the molecular weights of transport/actives.cpp
// (tranexamic acid 157.21, niacinamide 122.12, L-ascorbic acid 176.12, pal-KTTKS 802.05 g/mol):
// 1 uM = 0.157, 0.122, 0.176 and 0.802 ug/mL.
std::vector<parameters::ParameterInfo> pharmacodynamic_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Tranexamic acid ---------------------------------------------------------------------
      {"txa_melanogenesis_inhibition_max", "1", 0.5, 0.2, 0.8,
       "largest share of the stimulated melanogenesis (the melasma lesion's excess activity and "
       "the inflammatory part) that tranexamic acid removes; basal melanogenesis is untouched",
       kAssume + "tranexamic acid blocks the plasminogen-plasmin signal by which keratinocytes "
                 "stimulate melanocytes (Maeda K, Naganuma M. J Photochem Photobiol B "
                 "1998;47:136) and has no direct effect on melanocyte tyrosinase at 0.5-5 mM "
                 "(Maeda K, Tomita Y. J Health Sci 2007;53:389, pages not verified here); no "
                 "cell-culture Emax is published, "
                 "half the stimulated part is taken",
       "assumption: a fifth to four fifths of the stimulated part (no dose-response published; "
       "Budamakuntla L et al. J Cutan Aesthet Surg 2013;6:139 gives MASI -44 % with microneedling "
       "and 4 mg/mL tranexamic acid, which bounds neither end)"},
      {"txa_melanogenesis_ec50", "ug/mL", 4.7, 0.17, 314,
       "free tranexamic acid giving half the largest inhibition (30 uM)",
       kAssume + "between its high-affinity binding to plasminogen and its inhibition of "
                 "urokinase (Wu G et al. Blood Adv 2019;3:729); in UV-exposed melanocytes "
                 "0.03-3 uM acted (Seo SJ et al. Ann Dermatol 2007;19:60)",
       "the plasminogen lysine-site dissociation constant 1.1 uM (0.17 ug/mL) and the urokinase "
       "Ki 2 mM (314 ug/mL), both Wu 2019"},
      // --- Niacinamide -------------------------------------------------------------------------
      {"niacinamide_transfer_inhibition_max", "1", 0.5, 0.35, 0.68,
       "largest share of the melanosome transfer from melanocytes to keratinocytes that "
       "niacinamide blocks",
       "Hakozaki T et al. Br J Dermatol 2002;147:20 (keratinocyte-melanocyte co-culture: 35-68 % "
       "inhibition, reversible: Greatens A et al. Exp Dermatol 2005;14:498); the mid-point",
       "the 35-68 % inhibition measured by Hakozaki 2002"},
      {"niacinamide_transfer_ec50", "ug/mL", 122, 12.2, 1220,
       "free niacinamide giving half the largest inhibition of transfer (1 mM)",
       kAssume + "no concentration-response is published (the concentrations of Hakozaki 2002 "
                 "are not in its abstract); 2-5 % serums hold 160-410 mM, so the delivered "
                 "concentration decides whether it acts",
       "assumption: 0.1-10 mM, a decade either side"},
      // --- L-ascorbic acid ---------------------------------------------------------------------
      {"ascorbate_dermal_resting", "ug/mL", 145, 134, 157,
       "ascorbate in the dermis before any serum (the cofactor already present)",
       "Leveque N, Mary S, Humbert P. Eur J Mass Spectrom 2000;6:397 (human dermis, "
       "microdialysis corrected for recovery: 0.76-0.89 mM)",
       "the 0.76-0.89 mM of Leveque 2000 (134-157 ug/mL)"},
      {"prolyl_hydroxylase_ascorbate_km", "ug/mL", 53, 18, 88,
       "ascorbate at which prolyl 4-hydroxylase runs at half its rate (0.3 mM)",
       "Myllyla R, Tuderman L, Kivirikko KI. Eur J Biochem 1977;80:349 (kinetic analysis of the "
       "prolyl hydroxylase reaction); collagen secretion by fibroblasts is maximal by 0.15 mM "
       "(Dumas M et al. C R Acad Sci III 1996;319:1127)",
       "assumption: 0.1-0.5 mM around the enzyme's 0.3 mM (the cell's own uptake, SVCT2, "
       "saturates at tens of uM)"},
      {"ascorbate_melanogenesis_inhibition_max", "1", 0.0, 0.0, 0.3,
       "largest share of melanogenesis that ascorbate removes (tyrosinase)",
       kAssume + "no usable inhibition is published: none in B16F10 cells (Lee S-A et "
                 "al. Arch Dermatol Res 2011;303:669), derivatives act at mM; 0 until a "
                 "dose-response exists",
       "assumption: none to 30 %"},
      {"ascorbate_melanogenesis_ec50", "ug/mL", 176, 17.6, 1760,
       "free ascorbate giving half the largest inhibition of melanogenesis (1 mM)",
       kAssume + "derivatives act at about 1 mM in cells (Kameyama K et al. J Am Acad Dermatol "
                 "1996;34:29)",
       "assumption: 0.1-10 mM"},
      // --- Palmitoyl pentapeptide-4 ------------------------------------------------------------
      {"peptide_collagen_stimulation_max", "1", 0.2, 0.0, 0.5,
       "largest relative rise in the collagen a fibroblast makes under palmitoyl pentapeptide-4",
       kAssume + "KTTKS, a fragment of type I procollagen, raises collagen and fibronectin "
                 "synthesis by fibroblasts (Katayama K et al. J Biol Chem 1993;268:9941); no "
                 "Emax is reachable",
       "assumption: none to +50 %"},
      {"peptide_collagen_ec50", "ug/mL", 0.8, 0.08, 8,
       "free peptide giving half the largest stimulation (1 uM)",
       kAssume + "Katayama 1993 worked at micromolar concentrations; 3-5 ppm serums hold about "
                 "4-6 uM",
       "assumption: 0.1-10 uM"},
      // --- Platelet-rich plasma ----------------------------------------------------------------
      {"prp_tgf_beta_per_pdgf", "1", 1.33, 0.67, 2.0,
       "TGF-beta1 carried by platelet-rich plasma per unit of its PDGF (the serum's concentration "
       "of platelet_rich_plasma is its PDGF)",
       "Weibrich G et al. J Craniomaxillofac Surg 2002;30:97 (plateletpheresis PRP, n=115: "
       "TGF-beta1 169 +/- 84, PDGF-AB 117 +/- 63 and PDGF-BB 10 +/- 8 ng/mL): 169 / 127",
       "assumption: half to one and a half times the ratio of Weibrich 2002's means (each varies "
       "between donors by half its mean)"},
      {"prp_tgf_beta_active_share", "1", 0.05, 0.01, 0.3,
       "share of the plasma's TGF-beta1 that is active (the rest is the latent complex)",
       kAssume + "platelets release TGF-beta1 mostly as its latent complex (Annes JP, Munger JS, "
                 "Rifkin DB. J Cell Sci 2003;116:217); no share is published for PRP",
       "assumption: 1-30 %"},
  };
}

PharmacodynamicParameters PharmacodynamicParameters::from(const parameters::ParameterSet& p) {
  PharmacodynamicParameters d;
  d.txa_inhibition_max = p.si("txa_melanogenesis_inhibition_max");
  d.txa_ec50 = p.si("txa_melanogenesis_ec50");
  d.niacinamide_inhibition_max = p.si("niacinamide_transfer_inhibition_max");
  d.niacinamide_ec50 = p.si("niacinamide_transfer_ec50");
  d.ascorbate_dermal_resting = p.si("ascorbate_dermal_resting");
  d.prolyl_hydroxylase_ascorbate_km = p.si("prolyl_hydroxylase_ascorbate_km");
  d.ascorbate_melanogenesis_inhibition_max = p.si("ascorbate_melanogenesis_inhibition_max");
  d.ascorbate_melanogenesis_ec50 = p.si("ascorbate_melanogenesis_ec50");
  d.peptide_stimulation_max = p.si("peptide_collagen_stimulation_max");
  d.peptide_ec50 = p.si("peptide_collagen_ec50");
  d.prp_tgf_beta_per_pdgf = p.si("prp_tgf_beta_per_pdgf");
  d.prp_tgf_beta_active_share = p.si("prp_tgf_beta_active_share");
  return d;
}

}  // namespace dermasim::actives
