#include "model/fields/lobby_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::Lobby);
HIKARI_MODEL_JSON(hikari::LobbyMember);
HIKARI_MODEL_JSON(hikari::LobbyMessage);
