#pragma once
// Internal to the SBML reader: a formula of an SBML model compiled from libsbml's ASTNode into a
// small tree whose names are resolved to slots of a value array, and the functions of the model
// inlined, so that evaluating it is a walk over the tree with no lookup. It knows the operators
// the export writes (arithmetic, abs, piecewise, comparisons, logic, time, calls of the model's
// functions) and rejects any other by name.
#include <sbml/SBMLTypes.h>

#include <map>
#include <string>
#include <vector>

namespace dermasim::sbml {

LIBSBML_CPP_NAMESPACE_USE

class Expression {
 public:
  enum class Op {
    number,
    slot,
    time,
    plus,
    minus,
    negate,
    times,
    divide,
    power,
    abs,
    piecewise,
    less,
    less_equal,
    greater,
    greater_equal,
    equal,
    not_equal,
    logical_and,
    logical_or,
    logical_not
  };

  /// The value at these slot values and time (booleans are 1 and 0).
  double evaluate(const double* values, double time) const;
  /// Adds every slot the expression reads to `out`.
  void slots_read(std::vector<int>& out) const;

  static Expression number(double value);
  static Expression slot(int index);
  static Expression apply(Op op, std::vector<Expression> args);

 private:
  Op op_ = Op::number;
  double value_ = 0;
  int slot_ = -1;
  std::vector<Expression> args_;
};

/// Compiles `math`: a name is looked up in `slots` (std::runtime_error if absent), a call of
/// one of `model`'s functions is replaced by the function's body with the arguments substituted.
Expression compile(const ASTNode& math, const Model& model,
                   const std::map<std::string, int>& slots);

}  // namespace dermasim::sbml
