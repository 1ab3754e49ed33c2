@_exported public import Helpdesk
