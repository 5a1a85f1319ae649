// The matrix and the proteases that remodel it (docs/model.md 6.4): collagen I and III, each a
// labile and a mature (crosslinked) pool; tropoelastin, elastic fibres and elastotic material;
// scar collagen; hyaluronan; collagenases, gelatinases and TIMP.
#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/biology/rate_helpers.hpp"

namespace dermasim::biology {

void HealingKinetics::matrix_rates(const State& u, const RestingState& r, const Signals& s,
                                   const DrugModifiers& drug, double* du) const {
  const HealingParameters& p = p_;
  const double N = positive(u[neutrophils]), M1 = positive(u[macrophages_m1]);
  const double M2 = positive(u[macrophages_m2]), F = positive(u[fibroblasts]);
  const double Mf = positive(u[myofibroblasts]);

  // Collagen. A quiescent fibroblast makes collagen at the resting rate, one activated by PDGF
  // or TGF-beta and a myofibroblast at collagen_activation_fold times it; PDGF-activated
  // (granulation) fibroblasts make more collagen III (Bailey 1975). The cells degrade most of
  // what they make within hours (intracellularly: Bienkowski 1978; Laurent 1987); activated
  // cells degrade less (growing tissue: 60 % less, Laurent et al. 1985), in proportion to the
  // lineage's activated share. The rest is deposited as immature fibrils, degraded by
  // collagenases or crosslinked into the mature pool; crosslinked fibrils resist collagenases
  // (Welgus et al. 1980): their turnover follows the excess activity only by 1/resistance.
  // A serum's active may raise what each cell makes (ascorbate, the cofactor of prolyl
  // hydroxylase; matrix peptides: docs/model.md 9.2).
  const double fold = p.collagen_activation_fold;
  const double synthesis = drug.collagen_synthesis * r.collagen_synthesis_per_cell *
                           (F * (1 + (fold - 1) * s.activation) + fold * Mf);
  const double activated_share = F + Mf > 0 ? (F * s.activation + Mf) / (F + Mf) : 0.0;
  // Deposition slows as the fibres fill the tissue: no more collagen than tendon packs.
  const double packing =
      positive(1 - (u[collagen_i] + u[collagen_iii]) / p.collagen_packing_limit) / r.packing_room;
  const double deposited =
      synthesis * packing *
      (1 - r.collagen_degraded_share * (1 - p.collagen_degradation_fall * activated_share));
  const double f3 = p.collagen_iii_fraction +
                    (p.collagen_iii_fraction_wound - p.collagen_iii_fraction) * s.s_pdgf;
  const double immature_loss = p.collagen_immature_decay * s.collagenase;
  const double mature_loss =
      p.collagen_mature_decay * (1 + (s.collagenase - 1) / p.crosslinked_mmp_resistance);
  auto pools = [&](Species total, Species crosslinked, double share) {
    const double immature = u[total] - u[crosslinked];
    du[total] = share * deposited - immature_loss * immature - mature_loss * u[crosslinked];
    du[crosslinked] = p.collagen_crosslinking * immature - mature_loss * u[crosslinked];
  };
  pools(collagen_iii, collagen_iii_mature, f3);
  pools(collagen_i, collagen_i_mature, 1 - f3);

  // Elastin: tropoelastin from the fibroblast lineage, raised in activated fibroblasts (TGF-beta:
  // Kahari 1992, Katchman 1994; elastin mRNA still raised 3 months after a course, Aesthet Surg J
  // 2021) and in myofibroblasts; assembled into fibres or digested; fibres and elastotic material
  // digested by the gelatinases and elastases.
  const double induction = p.tropoelastin_tgf_induction;
  du[tropoelastin] =
      r.elastin_synthesis_per_cell * (F * (1 + (induction - 1) * s.activation) + induction * Mf) -
      (p.tropoelastin_assembly + p.tropoelastin_decay * s.gelatinase) * u[tropoelastin];
  du[elastin] =
      p.tropoelastin_assembly * u[tropoelastin] - r.elastin_decay * s.gelatinase * u[elastin];
  du[elastotic_material] =
      r.elastotic_supply - p.elastotic_turnover * s.gelatinase * u[elastotic_material];
  du[scar_collagen] = -p.scar_remodelling * positive(s.collagenase - 1) * u[scar_collagen];

  // Hyaluronan: fibroblasts activated by PDGF or TGF-beta (Heldin et al. 1989) and keratinocytes
  // driven by KGF (as by EGF, Pienimaki et al. 2001) make more; it turns over in about a day.
  const double more = p.hyaluronan_induction - 1;
  du[hyaluronan] = r.hyaluronan_dermal_synthesis * s.lineage * (1 + more * s.activation) +
                   r.hyaluronan_epidermal_synthesis * (1 + more * s.s_kgf) -
                   p.hyaluronan_decay * u[hyaluronan];

  // Proteases. Fibroblast collagenase (MMP-1) is induced by IL-1 (Mauviel 1993) and repressed by
  // TGF-beta (Overall et al. 1989; Edwards et al. 1987), which raises gelatinase (MMP-2) and
  // TIMP instead; neutrophils and inflammatory macrophages add MMP-8 and MMP-9.
  const double leukocytes = N + M1;
  du[mmp] = collagenase_production_ * s.lineage *
                (1 + (p.mmp_cytokine_induction - 1) * s.h_cytokines) *
                (1 - p.mmp_tgf_repression * s.s_tgf) +
            p.mmp_from_leukocyte * leukocytes - p.mmp_decay * u[mmp];
  du[gelatinase] =
      gelatinase_production_ * s.lineage * (1 + (p.gelatinase_tgf_induction - 1) * s.s_tgf) +
      p.gelatinase_from_leukocyte * (leukocytes + positive(M2 - r.u[macrophages_m2])) -
      p.mmp_decay * u[gelatinase];
  du[timp] = timp_production_ * s.lineage * (1 + (p.timp_tgf_induction - 1) * s.s_tgf) -
             p.timp_decay * u[timp];
}

}  // namespace dermasim::biology
