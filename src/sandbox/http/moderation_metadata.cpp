#include "sandbox/http/moderation_metadata.hpp"

#include "sandbox/http/form_errors.hpp"

#include <string>

namespace hikari::sandbox {

void check_moderation_metadata(const boost::json::object& body) {
    FormErrors errors;
    if (body.size() > 5) errors.add("_root", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer keys.");
    for (const auto& [key, value] : body) {
        if (key.size() > 1024 || !value.is_string() || value.get_string().size() > 2000) {
            errors.add(std::string(key), "BASE_TYPE_MAX_LENGTH",
                       "Keys up to 1024 and string values up to 2000 characters.");
        }
    }
    errors.raise_if_any();
}

}  // namespace hikari::sandbox
