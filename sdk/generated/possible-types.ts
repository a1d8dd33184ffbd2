
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Advisory",
      "AdvisoryDelivery",
      "Agency",
      "ApiKey",
      "AuditEvent",
      "BenchmarkResult",
      "ClearinghouseEntry",
      "ComplianceReport",
      "DefenseTool",
      "Designation",
      "DesignationResponse",
      "Developer",
      "Directive",
      "FrontierModel",
      "HiringInitiative",
      "HiringReport",
      "HiringTarget",
      "Milestone",
      "Notification",
      "OpmCyberCode",
      "Position",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User",
      "WebhookEndpoint",
      "WorkRole"
    ],
    "Organization": [
      "Agency",
      "Developer",
      "Recipient"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Advisory",
      "AdvisoryDelivery",
      "Agency",
      "ApiKey",
      "AuditEvent",
      "BenchmarkResult",
      "ClearinghouseEntry",
      "ComplianceReport",
      "DefenseTool",
      "Designation",
      "DesignationResponse",
      "Developer",
      "Directive",
      "FrontierModel",
      "HiringInitiative",
      "HiringReport",
      "HiringTarget",
      "Milestone",
      "Notification",
      "OpmCyberCode",
      "Position",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User",
      "WebhookEndpoint",
      "WorkRole"
    ],
    "Organization": [
      "Agency",
      "Developer",
      "Recipient"
    ]
  }
};
      export default result;
    