
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
      "Milestone",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User"
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
      "Milestone",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User"
    ],
    "Organization": [
      "Agency",
      "Developer",
      "Recipient"
    ]
  }
};
      export default result;
    