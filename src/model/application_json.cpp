#include "model/fields/application_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::Application);
HIKARI_MODEL_JSON(hikari::Team);
HIKARI_MODEL_JSON(hikari::ApplicationInstallParams);
HIKARI_MODEL_JSON(hikari::ApplicationIntegrationTypeConfig);
HIKARI_MODEL_JSON(hikari::GuildTemplate);
HIKARI_MODEL_JSON(hikari::ApplicationRoleConnectionMetadata);
HIKARI_MODEL_JSON(hikari::ActivityInstance);
HIKARI_MODEL_JSON(hikari::ApplicationRoleConnection);
