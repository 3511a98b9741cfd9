#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tlens {

// One value of a YAML file as PyYAML's yaml.safe_load (YAML 1.1) types it: yes/no/on/off are
// booleans, y/n and quoted values are strings. Used for tools that read YAML with PyYAML and then
// judge the Python value (ZenML through pydantic, Dagster by its truth value).
struct PyYamlValue {
    enum class Lookup {
        Found,
        Malformed, // yaml.safe_load raises
        Empty, // the document is empty (None)
        RootNotMapping, // the document is a list or a scalar
        ParentMissing, // an outer key of the path is absent
        ParentNotMapping, // an outer key holds a scalar, null or a list
        Missing, // the last key is absent
    };
    enum class Type { Null, Bool, Int, Float, String, Sequence, Mapping };

    Lookup lookup = Lookup::Missing;
    Type type = Type::Null;
    bool boolean = false; // for Bool
    double number = 0.0; // for Int and Float
    QString text; // the scalar as written (without quotes); the error for Malformed
    bool quoted = false; // a quoted scalar (always a string)
    bool empty = false; // an empty string, list or mapping
    int line = 0; // 1-based line of the value (or of the outer key for ParentNotMapping)
    Type parentType = Type::Null; // for ParentNotMapping

    // Looks up a key path ("telemetry", "enabled") in a YAML document.
    static PyYamlValue find(const QByteArray &data, const QStringList &path);

    // Python's truth value of the value (None, False, 0, "" and empty collections are false).
    bool truthy() const;
    // The value as shown to people: quoted strings in quotes, null as null.
    QString shown() const;
};

} // namespace tlens
