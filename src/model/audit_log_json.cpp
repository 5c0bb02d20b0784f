#include "model/fields/audit_log_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::AuditLogEntry);
HIKARI_MODEL_JSON(hikari::AuditLog);
