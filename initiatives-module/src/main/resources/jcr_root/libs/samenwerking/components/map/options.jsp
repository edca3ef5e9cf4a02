<%-- Options of the map dialog's selects, read from the field's "choices" children. Unlike the plain select field,
     it marks every stored value of a multi-valued property as selected, and the choice flagged "default" when the
     property is not set yet, so that saving the dialog never drops what the editor chose before. --%>
<%@include file="/libs/sling-cms/global.jsp"%>
<c:set var="current" value="${editProperties[properties.name]}" />
<c:forEach var="choice" items="${sling:listChildren(sling:getRelativeResource(resource,'choices'))}">
    <c:set var="isSelected" value="${false}" />
    <c:choose>
        <c:when test="${empty current}">
            <c:set var="isSelected" value="${choice.valueMap['default'] == true}" />
        </c:when>
        <c:when test="${properties.multiple == true}">
            <c:forEach var="stored" items="${current}">
                <c:if test="${stored eq choice.valueMap.value}"><c:set var="isSelected" value="${true}" /></c:if>
            </c:forEach>
        </c:when>
        <c:otherwise>
            <c:set var="isSelected" value="${current eq choice.valueMap.value}" />
        </c:otherwise>
    </c:choose>
    <fmt:message key="${choice.valueMap.label}" var="choiceLabel" />
    <option value="${sling:encode(choice.valueMap.value,'HTML_ATTR')}" ${isSelected ? 'selected="selected"' : ''}><sling:encode value="${choiceLabel}" mode="HTML" /></option>
</c:forEach>
