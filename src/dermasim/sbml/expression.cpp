#include "dermasim/sbml/expression.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace dermasim::sbml {

Expression Expression::number(double value) {
  Expression e;
  e.op_ = Op::number;
  e.value_ = value;
  return e;
}

Expression Expression::slot(int index) {
  Expression e;
  e.op_ = Op::slot;
  e.slot_ = index;
  return e;
}

Expression Expression::apply(Op op, std::vector<Expression> args) {
  Expression e;
  e.op_ = op;
  e.args_ = std::move(args);
  return e;
}

double Expression::evaluate(const double* v, double t) const {
  const auto arg = [&](std::size_t i) { return args_[i].evaluate(v, t); };
  switch (op_) {
    case Op::number:
      return value_;
    case Op::slot:
      return v[slot_];
    case Op::time:
      return t;
    case Op::plus: {  // left to right, as C++ adds a + b + c
      double sum = arg(0);
      for (std::size_t i = 1; i < args_.size(); ++i) sum += arg(i);
      return sum;
    }
    case Op::minus:
      return arg(0) - arg(1);
    case Op::negate:
      return -arg(0);
    case Op::times: {
      double product = arg(0);
      for (std::size_t i = 1; i < args_.size(); ++i) product *= arg(i);
      return product;
    }
    case Op::divide:
      return arg(0) / arg(1);
    case Op::power:
      return std::pow(arg(0), arg(1));
    case Op::abs:
      return std::abs(arg(0));
    case Op::piecewise: {  // value, condition pairs, then the otherwise value (if any)
      std::size_t i = 0;
      for (; i + 1 < args_.size(); i += 2)
        if (arg(i + 1) != 0) return arg(i);
      return i < args_.size() ? arg(i) : std::nan("");
    }
    case Op::less:
      return arg(0) < arg(1);
    case Op::less_equal:
      return arg(0) <= arg(1);
    case Op::greater:
      return arg(0) > arg(1);
    case Op::greater_equal:
      return arg(0) >= arg(1);
    case Op::equal:
      return arg(0) == arg(1);
    case Op::not_equal:
      return arg(0) != arg(1);
    case Op::logical_and:
      for (std::size_t i = 0; i < args_.size(); ++i)
        if (arg(i) == 0) return 0;
      return 1;
    case Op::logical_or:
      for (std::size_t i = 0; i < args_.size(); ++i)
        if (arg(i) != 0) return 1;
      return 0;
    case Op::logical_not:
      return arg(0) == 0;
  }
  return std::nan("");
}

void Expression::slots_read(std::vector<int>& out) const {
  if (op_ == Op::slot) out.push_back(slot_);
  for (const Expression& a : args_) a.slots_read(out);
}

namespace {

using Scope = std::map<std::string, Expression>;  // a function's arguments while inlining it

std::string formula_of(const ASTNode& node) {
  std::unique_ptr<char, decltype(&std::free)> text(SBML_formulaToL3String(&node), &std::free);
  return text ? text.get() : "?";
}

class Compiler {
 public:
  Compiler(const Model& model, const std::map<std::string, int>& slots)
      : model_(model), slots_(slots) {}

  Expression compile(const ASTNode& node, const Scope& scope) const {
    using Op = Expression::Op;
    const ASTNodeType_t type = node.getType();
    if (node.isNumber()) return Expression::number(node.getValue());
    switch (type) {
      case AST_NAME:
        return name(node, scope);
      case AST_NAME_TIME:
        return Expression::apply(Op::time, {});
      case AST_CONSTANT_TRUE:
        return Expression::number(1);
      case AST_CONSTANT_FALSE:
        return Expression::number(0);
      case AST_PLUS:
        return node.getNumChildren() == 0 ? Expression::number(0) : nary(Op::plus, node, scope);
      case AST_TIMES:
        return node.getNumChildren() == 0 ? Expression::number(1) : nary(Op::times, node, scope);
      case AST_MINUS:
        if (node.getNumChildren() == 1) return nary(Op::negate, node, scope);
        return fixed(Op::minus, 2, node, scope);
      case AST_DIVIDE:
        return fixed(Op::divide, 2, node, scope);
      case AST_POWER:
      case AST_FUNCTION_POWER:
        return fixed(Op::power, 2, node, scope);
      case AST_FUNCTION_ABS:
        return fixed(Op::abs, 1, node, scope);
      case AST_FUNCTION_PIECEWISE:
        return nary(Op::piecewise, node, scope);
      case AST_RELATIONAL_LT:
        return fixed(Op::less, 2, node, scope);
      case AST_RELATIONAL_LEQ:
        return fixed(Op::less_equal, 2, node, scope);
      case AST_RELATIONAL_GT:
        return fixed(Op::greater, 2, node, scope);
      case AST_RELATIONAL_GEQ:
        return fixed(Op::greater_equal, 2, node, scope);
      case AST_RELATIONAL_EQ:
        return fixed(Op::equal, 2, node, scope);
      case AST_RELATIONAL_NEQ:
        return fixed(Op::not_equal, 2, node, scope);
      case AST_LOGICAL_AND:
        return nary(Op::logical_and, node, scope);
      case AST_LOGICAL_OR:
        return nary(Op::logical_or, node, scope);
      case AST_LOGICAL_NOT:
        return fixed(Op::logical_not, 1, node, scope);
      case AST_FUNCTION:
        return call(node, scope);
      default:
        throw std::runtime_error(
            fmt::format("SBML reader: '{}' uses an operator this reader does not evaluate ({})",
                        formula_of(node), node.getName() ? node.getName() : "unnamed"));
    }
  }

 private:
  Expression name(const ASTNode& node, const Scope& scope) const {
    const std::string id = node.getName();
    if (auto a = scope.find(id); a != scope.end()) return a->second;
    if (auto s = slots_.find(id); s != slots_.end()) return Expression::slot(s->second);
    throw std::runtime_error(fmt::format("SBML reader: unknown name '{}'", id));
  }

  std::vector<Expression> children(const ASTNode& node, const Scope& scope) const {
    std::vector<Expression> args;
    for (unsigned i = 0; i < node.getNumChildren(); ++i)
      args.push_back(compile(*node.getChild(i), scope));
    return args;
  }

  Expression nary(Expression::Op op, const ASTNode& node, const Scope& scope) const {
    return Expression::apply(op, children(node, scope));
  }

  Expression fixed(Expression::Op op, unsigned arity, const ASTNode& node,
                   const Scope& scope) const {
    if (node.getNumChildren() != arity)
      throw std::runtime_error(fmt::format("SBML reader: '{}' has {} operands, {} expected",
                                           formula_of(node), node.getNumChildren(), arity));
    return nary(op, node, scope);
  }

  /// A call of one of the model's functions: its body with the arguments in place.
  Expression call(const ASTNode& node, const Scope& scope) const {
    const std::string id = node.getName();
    const FunctionDefinition* f = model_.getFunctionDefinition(id);
    if (!f || !f->getBody())
      throw std::runtime_error(fmt::format("SBML reader: unknown function '{}'", id));
    if (f->getNumArguments() != node.getNumChildren())
      throw std::runtime_error(fmt::format("SBML reader: '{}' takes {} arguments, {} given", id,
                                           f->getNumArguments(), node.getNumChildren()));
    Scope arguments;  // a function sees its arguments only, not the caller's
    for (unsigned i = 0; i < f->getNumArguments(); ++i)
      arguments.emplace(f->getArgument(i)->getName(), compile(*node.getChild(i), scope));
    return compile(*f->getBody(), arguments);
  }

  const Model& model_;
  const std::map<std::string, int>& slots_;
};

}  // namespace

Expression compile(const ASTNode& math, const Model& model,
                   const std::map<std::string, int>& slots) {
  return Compiler(model, slots).compile(math, {});
}

}  // namespace dermasim::sbml
