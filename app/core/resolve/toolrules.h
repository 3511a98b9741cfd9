#pragma once

#include "catalog/catalog.h"
#include "env/envreport.h"
#include "scan/scanresult.h"

#include <QCoreApplication>

namespace tlens {

// The few rules of a tool that are not plain catalog data. The generic Resolver calls finish()
// after it has decided the state; a tool without unusual rules uses the base class, which adds
// nothing. Rules only add warnings and notes; they never change which input won.
class ToolRules {
    Q_DECLARE_TR_FUNCTIONS(ToolRules)
public:
    virtual ~ToolRules() = default;
    static const ToolRules &forTool(const ToolSpec &tool);
    virtual void finish(const ToolSpec &tool, const EnvReport &env, ToolStatus *status) const;
};

} // namespace tlens
